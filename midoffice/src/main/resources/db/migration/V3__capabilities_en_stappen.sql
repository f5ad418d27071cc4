-- Route 3: capabilities per municipality with their mode, every switch, which system each aanvraag's step was
-- routed to, the shadow comparisons, and the verwerkingenlogging of person lookups.

create table capability_modus (
    gemeente      varchar(4)    not null,
    capability    varchar(40)   not null,
    modus         varchar(10)   not null check (modus in ('LEGACY', 'SHADOW', 'NEW')),
    gewijzigd_op  timestamptz   not null,
    gewijzigd_door varchar(100) not null,
    primary key (gemeente, capability)
);

create table capability_wissel (
    id          bigserial     primary key,
    gemeente    varchar(4)    not null,
    capability  varchar(40)   not null,
    van         varchar(10)   not null,
    naar        varchar(10)   not null,
    door        varchar(100)  not null,
    tijdstip    timestamptz   not null
);

create index capability_wissel_recent on capability_wissel (tijdstip desc);

-- the step an aanvraag is in: INTAKE, then the capability it waits for, KLAAR when no step follows
alter table aanvraag add column stap varchar(40) not null default 'INTAKE';
-- the person as the lookup answered, for the steps that need the address (personal data, kept with the aanvraag)
alter table aanvraag add column persoon jsonb;

-- where each step of an aanvraag went: decided once, when the step was routed, and kept for redeliveries
create table aanvraag_routering (
    aanvraag_id      uuid         not null references aanvraag (id),
    capability       varchar(40)  not null,
    modus            varchar(10)  not null,
    systeem          varchar(40)  not null,
    schaduw_systeem  varchar(40),
    tijdstip         timestamptz  not null,
    primary key (aanvraag_id, capability)
);

create index aanvraag_routering_per_systeem on aanvraag_routering (systeem, capability);

-- a shadow run: what the legacy system and the new system answered for the same call, normalised
create table schaduw_vergelijking (
    id              bigserial     primary key,
    aanvraag_id     uuid          not null references aanvraag (id),
    gemeente        varchar(4)    not null,
    capability      varchar(40)   not null,
    legacy_systeem  varchar(40)   not null,
    nieuw_systeem   varchar(40)   not null,
    legacy_antwoord text,
    nieuw_antwoord  text,
    verschillen     text,
    uitkomst        varchar(20)   not null check (uitkomst in ('WACHT', 'GELIJK', 'VERSCHIL')),
    bijgewerkt_op   timestamptz   not null,
    constraint schaduw_vergelijking_uniek unique (aanvraag_id, capability)
);

create index schaduw_vergelijking_recent on schaduw_vergelijking (bijgewerkt_op desc);

-- VNG Verwerkingenlogging: one verwerkingsactie per lookup of personal data
create table verwerkingsactie (
    actie_id                 uuid          primary key,
    actie_naam               varchar(200)  not null,
    verwerking_naam          varchar(200)  not null,
    verwerkingsactiviteit    varchar(100)  not null,
    doel                     varchar(500)  not null,
    grondslag                varchar(500)  not null,
    vertrouwelijkheid        varchar(20)   not null,
    bewaartermijn            varchar(20)   not null,
    verwerkende_organisatie  varchar(200)  not null,
    uitvoerder               varchar(100)  not null,
    systeem                  varchar(40)   not null,
    gegevensbron             varchar(100)  not null,
    tijdstip                 timestamptz   not null,
    tijdstip_registratie     timestamptz   not null,
    bsn                      varchar(9)    not null,
    betrokkenheid            varchar(40)   not null,
    soorten_gegevens         varchar(500)  not null,
    aanvraag_id              uuid,
    aanvraag_referentie      varchar(32),
    correlation_id           varchar(100),
    bericht_id               varchar(100)  not null unique
);

create index verwerkingsactie_per_betrokkene on verwerkingsactie (bsn, tijdstip desc);
create index verwerkingsactie_recent on verwerkingsactie (tijdstip desc);
