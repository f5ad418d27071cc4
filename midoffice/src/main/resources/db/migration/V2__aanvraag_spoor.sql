-- The trace of an aanvraag: every hop (intake, each route that handled one of its messages, each attempt)
-- with its time, duration and outcome, for the administrator.
create table aanvraag_spoor (
    id          bigserial     primary key,
    aanvraag_id uuid          not null,
    stap        varchar(100)  not null,
    tijdstip    timestamptz   not null,
    duur_ms     bigint        not null,
    uitkomst    varchar(20)   not null,
    detail      varchar(1000)
);

create index aanvraag_spoor_per_aanvraag on aanvraag_spoor (aanvraag_id, id);
