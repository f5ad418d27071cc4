-- Leader election for the jobs that run on one instance at a time (status polling, resending, zaak replication, the
-- traffic generator, the zaken notification subscription): Spring Integration's JdbcLockRegistry keeps one row per
-- job, renewed by the instance that runs it; once expired_after has passed, another instance may take it. The columns
-- of Spring Integration's schema-postgresql.sql, with a client_id wide enough for the instance's name.
create table int_lock (
    lock_key      char(36)      not null,
    region        varchar(100)  not null,
    client_id     varchar(100),
    created_date  timestamp     not null,
    expired_after timestamp     not null,
    constraint int_lock_pk primary key (lock_key, region)
);
