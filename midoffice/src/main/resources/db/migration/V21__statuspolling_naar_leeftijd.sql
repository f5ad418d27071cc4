-- Status polling asks what is likely to change: each open zaak has the time it is due again, soon after a change and
-- later the longer it stays quiet (midoffice.statuspolling.*). Polling in turns (V5) asked every open zaak each round.
alter table aanvraag add column volgende_poll_op timestamptz;
update aanvraag set volgende_poll_op = gepold_op where status in ('GEREGISTREERD', 'IN_BEHANDELING');
drop index aanvraag_te_pollen;
create index aanvraag_poll_volgorde on aanvraag (volgende_poll_op nulls first) where status in ('GEREGISTREERD', 'IN_BEHANDELING');
create index aanvraag_poll_recent on aanvraag (gewijzigd_op desc) where status in ('GEREGISTREERD', 'IN_BEHANDELING');
