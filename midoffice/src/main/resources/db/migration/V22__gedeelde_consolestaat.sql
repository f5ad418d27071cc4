-- What the console shows must be the same whichever instance answers: the traffic generator's rate and counts, and
-- the replication a municipality asked for (carried out by the instance elected for it), live here, not in memory.
create table verkeersgenerator (
    id                  smallint      primary key check (id = 1),
    per_minuut          integer       not null default 0,
    gewijzigd_door      varchar(100),
    gewijzigd_op        timestamptz,
    verzonden           bigint        not null default 0,
    geaccepteerd        bigint        not null default 0,
    geweigerd           bigint        not null default 0,
    laatste_weigering   varchar(1000),
    laatste_aanvraag_op timestamptz
);
insert into verkeersgenerator (id) values (1);

create table zaak_replicatie_opdracht (
    gemeente    varchar(4)    primary key,
    door        varchar(100)  not null,
    gevraagd_op timestamptz   not null
);
