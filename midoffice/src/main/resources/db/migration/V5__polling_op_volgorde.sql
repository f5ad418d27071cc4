-- Polling goes round: the zaken asked longest ago (or never) first, so that with more open zaken than one round
-- holds, a new zaak is still asked within a few rounds (before, the oldest 500 were asked every round, forever).
alter table aanvraag add column gepold_op timestamptz;
create index aanvraag_te_pollen on aanvraag (gepold_op nulls first) where status in ('GEREGISTREERD', 'IN_BEHANDELING');
