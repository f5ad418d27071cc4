-- The mid-office's own state: aanvragen with their status history, and the outbox that carries
-- accepted aanvragen to the broker in the same transaction that stores them.

create sequence aanvraag_referentie_seq;

create table aanvraag (
    id                 uuid          primary key,
    referentie         varchar(32)   not null unique,
    product            varchar(64)   not null,
    gemeente           varchar(4)    not null,
    aanvrager_bsn      varchar(9)    not null,
    gegevens           jsonb         not null,
    status             varchar(20)   not null,
    status_toelichting varchar(1000),
    zaak_systeem       varchar(40),
    zaak_identificatie varchar(40),
    client_id          varchar(100)  not null,
    idempotency_key    varchar(200),
    verzoek_hash       varchar(64)   not null,
    correlation_id     varchar(100)  not null,
    ontvangen_op       timestamptz   not null,
    gewijzigd_op       timestamptz   not null,
    constraint aanvraag_idempotency unique (client_id, idempotency_key)
);

create index aanvraag_per_aanvrager on aanvraag (aanvrager_bsn, ontvangen_op desc);
create index aanvraag_open_zaken on aanvraag (zaak_systeem, status);

create table aanvraag_status (
    id          bigserial     primary key,
    aanvraag_id uuid          not null references aanvraag (id),
    status      varchar(20)   not null,
    toelichting varchar(1000),
    bron        varchar(40)   not null,
    tijdstip    timestamptz   not null
);

create index aanvraag_status_per_aanvraag on aanvraag_status (aanvraag_id, id);

create table outbox (
    id              bigserial     primary key,
    message_id      uuid          not null unique,
    bestemming      varchar(200)  not null,
    payload         text          not null,
    correlation_id  varchar(100)  not null,
    aanvraag_id     uuid          not null,
    aangemaakt_op   timestamptz   not null,
    gepubliceerd_op timestamptz
);

create index outbox_te_publiceren on outbox (id) where gepubliceerd_op is null;
