-- Issue 13: the co-movers of a verhuizing are looked up at the persoonsgegevens step, one question each, to check
-- that they live at the applicant's address. One row per question (its message id), so an answer finds its co-mover;
-- the co-mover is the aanvraag's gegevens.meeverhuizers[volgnummer] (no BSN stored twice). woont_mee stays null until
-- the routed system has answered.
create table meeverhuizer_opvraging (
    opdracht_id  uuid        primary key,
    aanvraag_id  uuid        not null references aanvraag (id),
    volgnummer   int         not null,
    systeem      varchar(40) not null,
    woont_mee    boolean,
    beantwoord_op timestamptz
);
create index meeverhuizer_opvraging_aanvraag on meeverhuizer_opvraging (aanvraag_id);
