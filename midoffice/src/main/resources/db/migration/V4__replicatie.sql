-- The "replicate" step (as OpenZaakBrug calls it): zaken the legacy suite registered are copied into the zaken
-- system, so that zaakregistratie can be finished; then their status comes from the zaken system too.
create table zaak_replicatie (
    aanvraag_id    uuid          primary key references aanvraag (id),
    gemeente       varchar(4)    not null,
    status         varchar(20)   not null check (status in ('VERZONDEN', 'GEREPLICEERD', 'MISLUKT', 'OVERGEZET')),
    toelichting    varchar(1000),
    verzonden_op   timestamptz   not null,
    bijgewerkt_op  timestamptz   not null
);

create index zaak_replicatie_per_gemeente on zaak_replicatie (gemeente, status);
