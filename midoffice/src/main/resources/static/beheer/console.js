// The architect console: fills the server-rendered shell from the console API and keeps it current by polling.
// No framework, no inline code (the page's CSP forbids it); every text from the server goes in as textContent.
(function () {
    'use strict';

    const API = document.body.dataset.api || '/beheer/api';
    const CSRF_TOKEN = meta('_csrf');
    const CSRF_HEADER = meta('_csrf_header');
    const SNEL_MS = 2000;   // overview: counts, modes, feed
    const TRAAG_MS = 5000;  // dead letters, shadow runs, simulators (each asks brokers or other processes)

    const GEMEENTEN = {};
    document.querySelectorAll('article.gemeente').forEach(function (a) {
        GEMEENTEN[a.dataset.gemeente] = a.querySelector('h3 span').textContent;
    });
    const PRODUCTEN = {
        'melding-openbare-ruimte': 'Melding openbare ruimte',
        'verhuizing': 'Verhuizing',
        'parkeervergunning': 'Parkeervergunning'
    };

    function meta(naam) {
        const m = document.querySelector('meta[name="' + naam + '"]');
        return m ? m.getAttribute('content') : null;
    }

    function el(tag, attrs) {
        const e = document.createElement(tag);
        Object.entries(attrs || {}).forEach(function ([k, v]) {
            if (v === null || v === undefined || v === false) {
                return;
            }
            if (k === 'tekst') {
                e.textContent = v;
            } else if (k === 'klasse') {
                e.className = v;
            } else if (k.startsWith('on')) {
                e.addEventListener(k.substring(2), v);
            } else {
                e.setAttribute(k, v === true ? '' : String(v));
            }
        });
        for (let i = 2; i < arguments.length; i++) {
            const kind = arguments[i];
            if (kind !== null && kind !== undefined) {
                e.append(kind);
            }
        }
        return e;
    }

    function tijd(iso) {
        return iso ? new Date(iso).toLocaleTimeString('nl-NL') : '—';
    }

    function datumTijd(iso) {
        return iso ? new Date(iso).toLocaleString('nl-NL') : '—';
    }

    async function api(methode, pad, body) {
        const headers = {'Accept': 'application/json'};
        if (methode !== 'GET' && CSRF_HEADER) {
            headers[CSRF_HEADER] = CSRF_TOKEN;
        }
        if (body !== undefined) {
            headers['Content-Type'] = 'application/json';
        }
        const antwoord = await fetch(API + pad, {
            method: methode, headers: headers, credentials: 'same-origin',
            body: body === undefined ? undefined : JSON.stringify(body)
        });
        if (antwoord.status === 401) {
            window.location.assign(API.replace(/\/api$/, '') + '/inloggen');
            throw new Error('Uw sessie is verlopen; log opnieuw in.');
        }
        const tekst = await antwoord.text();
        let data = null;
        if (tekst) {
            try {
                data = JSON.parse(tekst);
            } catch (e) {
                data = null;
            }
        }
        if (!antwoord.ok) {
            throw new Error((data && data.detail) || ('De mid-office antwoordde HTTP ' + antwoord.status + '.'));
        }
        return data;
    }

    const melding = document.getElementById('melding');

    function meld(tekst, fout) {
        melding.hidden = false;
        melding.className = fout ? 'melding melding--fout' : 'melding melding--ok';
        melding.textContent = tekst;
    }

    // ---- overview: the picture per municipality, switches, feed

    function zetTelling(ouder, naam, waarde) {
        const t = ouder.querySelector('[data-telling="' + naam + '"]');
        if (t) {
            t.textContent = String(waarde);
        }
    }

    function toonGemeenten(o) {
        o.gemeenten.forEach(function (g) {
            const artikel = document.querySelector('article.gemeente[data-gemeente="' + g.gemeente + '"]');
            if (!artikel) {
                return;
            }
            const instroom = o.instroom.filter(function (i) { return i.gemeente === g.gemeente; });
            const lijst = artikel.querySelector('[data-instroom]');
            lijst.replaceChildren.apply(lijst, instroom.length ? instroom.map(function (i) {
                return el('li', {'data-client': i.client},
                    el('span', {klasse: 'naam', tekst: i.client}), ' ',
                    el('strong', {tekst: i.totaal}), ' (' + i.recent + ' in ' + o.vensterMinuten + ' min)');
            }) : [el('li', {klasse: 'leeg', tekst: 'nog geen aanvragen'})]);
            zetTelling(artikel, 'aanvragen-totaal', instroom.reduce(function (s, i) { return s + i.totaal; }, 0));
            zetTelling(artikel, 'aanvragen-recent', instroom.reduce(function (s, i) { return s + i.recent; }, 0));
            const statussen = artikel.querySelector('[data-statussen]');
            statussen.replaceChildren.apply(statussen, o.statussen.filter(function (s) {
                return s.gemeente === g.gemeente;
            }).map(function (s) {
                return el('li', {klasse: 'status status--' + s.status.toLowerCase(), 'data-status': s.status},
                    s.status.replace('_', ' ').toLowerCase() + ': ', el('strong', {tekst: s.aantal}));
            }));

            g.capabilities.forEach(function (c) {
                const rij = artikel.querySelector('tr.capability[data-capability="' + c.capability + '"]');
                rij.dataset.modus = c.modus;
                rij.querySelectorAll('button.modusknop').forEach(function (b) {
                    b.setAttribute('aria-pressed', String(b.dataset.modus === c.modus));
                });
                rij.querySelector('[data-gewijzigd]').textContent = c.gewijzigdDoor
                    ? (c.gewijzigdDoor === 'standaard' ? 'beginstand sinds ' + datumTijd(c.gewijzigdOp)
                    : 'sinds ' + datumTijd(c.gewijzigdOp) + ' door ' + c.gewijzigdDoor) : '';
                rij.querySelectorAll('td.stroom').forEach(function (cel) {
                    const primair = o.stromen.find(function (s) {
                        return s.gemeente === g.gemeente && s.capability === c.capability
                            && s.systeem === cel.dataset.systeem && !s.schaduw;
                    });
                    const schaduw = o.stromen.find(function (s) {
                        return s.gemeente === g.gemeente && s.capability === c.capability
                            && s.systeem === cel.dataset.systeem && s.schaduw;
                    });
                    const actief = (cel.dataset.kant === 'legacy') === (c.modus !== 'NEW');
                    cel.classList.toggle('stroom--actief', actief);
                    cel.classList.toggle('stroom--schaduwdoel', c.modus === 'SHADOW' && cel.dataset.kant === 'nieuw');
                    cel.dataset.aantal = primair ? primair.totaal : 0;
                    zetTelling(cel, 'totaal', primair ? primair.totaal : 0);
                    zetTelling(cel, 'recent', primair ? primair.recent : 0);
                    const s = cel.querySelector('[data-telling="schaduw"]');
                    s.hidden = !schaduw;
                    s.textContent = schaduw ? 'schaduw ' + schaduw.totaal + ' · ' + schaduw.recent : '';
                });
            });

            artikel.querySelectorAll('li.systeem').forEach(function (box) {
                const van = o.stromen.filter(function (s) {
                    return s.gemeente === g.gemeente && s.systeem === box.dataset.systeem;
                });
                const primair = van.filter(function (s) { return !s.schaduw; })
                    .reduce(function (t, s) { return t + s.totaal; }, 0);
                const schaduw = van.filter(function (s) { return s.schaduw; })
                    .reduce(function (t, s) { return t + s.totaal; }, 0);
                box.dataset.aantal = primair;
                box.dataset.schaduw = schaduw;
                box.classList.toggle('systeem--actief', primair > 0);
                zetTelling(box, 'totaal', primair);
                zetTelling(box, 'schaduw', schaduw);
            });
        });
    }

    function toonWissels(wissels) {
        const lijst = document.getElementById('wissels');
        lijst.replaceChildren.apply(lijst, wissels.length ? wissels.map(function (w) {
            return el('li', {'data-gemeente': w.gemeente, 'data-capability': w.capability},
                el('time', {datetime: w.tijdstip, tekst: datumTijd(w.tijdstip)}), ' ',
                (GEMEENTEN[w.gemeente] || w.gemeente) + ' · ' + w.capability + ': ' + w.van + ' → ' + w.naar
                + ' door ' + w.door);
        }) : [el('li', {klasse: 'leeg', tekst: 'Nog geen wissels.'})]);
    }

    function systemenVan(a) {
        if (!a.stappen.length) {
            return 'nog geen';
        }
        return a.stappen.map(function (s) {
            return s.capability + ' → ' + s.systeem + (s.schaduwSysteem ? ' (schaduw ' + s.schaduwSysteem + ')' : '');
        }).join('; ');
    }

    function vulFeedRij(rij, a) {
        rij.replaceChildren(
            el('td', {tekst: a.referentie}),
            el('td', {tekst: PRODUCTEN[a.product] || a.product}),
            el('td', {tekst: GEMEENTEN[a.gemeente] || a.gemeente}),
            el('td', {}, el('span', {klasse: 'status status--' + a.status.toLowerCase(), tekst: a.status})),
            el('td', {klasse: 'systemen-kolom', tekst: systemenVan(a)}),
            el('td', {tekst: a.client}),
            el('td', {}, el('time', {datetime: a.ontvangenOp, tekst: tijd(a.ontvangenOp)})),
            el('td', {}, el('button', {
                type: 'button', klasse: 'knop knop--klein spoorknop', 'data-aanvraag': a.id,
                'aria-label': 'Spoor van ' + a.referentie, tekst: 'Spoor',
                onclick: function () { toonSpoor(a.id); }
            })));
        rij.dataset.status = a.status;
    }

    function toonFeed(aanvragen) {
        const tbody = document.getElementById('feed');
        const bestaand = {};
        tbody.querySelectorAll('tr[data-aanvraag]').forEach(function (r) { bestaand[r.dataset.aanvraag] = r; });
        const gewenst = new Set(aanvragen.map(function (a) { return a.id; }));
        Object.keys(bestaand).forEach(function (id) {
            if (!gewenst.has(id)) {
                bestaand[id].remove();
            }
        });
        // newest first; rows already shown are updated in place so only new ones are announced
        let vorige = null;
        aanvragen.forEach(function (a) {
            let rij = bestaand[a.id];
            if (!rij) {
                rij = el('tr', {'data-aanvraag': a.id, 'data-gemeente': a.gemeente, 'data-product': a.product});
                vulFeedRij(rij, a);
                if (vorige) {
                    vorige.after(rij);
                } else {
                    tbody.prepend(rij);
                }
            } else if (rij.dataset.status !== a.status || rij.dataset.stappen !== String(a.stappen.length)) {
                vulFeedRij(rij, a);
            }
            rij.dataset.stappen = String(a.stappen.length);
            vorige = rij;
        });
    }

    function toonVerkeer(v) {
        const stand = document.getElementById('verkeer-stand');
        stand.dataset.perMinuut = v.perMinuut;
        stand.textContent = (v.perMinuut > 0 ? 'Aan: ' + v.perMinuut + ' aanvragen per minuut. ' : 'Uit. ')
            + v.verzonden + ' ingediend, ' + v.geaccepteerd + ' geaccepteerd, ' + v.geweigerd + ' geweigerd'
            + (v.laatsteWeigering ? ' (laatste weigering: ' + v.laatsteWeigering + ')' : '') + '.';
        const invoer = document.getElementById('verkeer-per-minuut');
        if (document.activeElement !== invoer) {
            invoer.value = v.perMinuut;
        }
    }

    function toonReplicatie(replicaties) {
        replicaties.forEach(function (r) {
            const sectie = document.getElementById('replicatie-' + r.gemeente);
            if (!sectie) {
                return;
            }
            sectie.dataset.zaakregistratie = r.zaakregistratie;
            ['nogInLegacy', 'verzonden', 'gerepliceerd', 'mislukt', 'overgezet'].forEach(function (n) {
                zetTelling(sectie, n, r[n]);
            });
            const afronden = sectie.querySelector('button[data-actie="afronden"]');
            if (afronden.dataset.bezig !== 'true') {
                afronden.disabled = !r.afrondenMogelijk;
            }
            sectie.querySelector('[data-afronden-uitleg]').textContent = r.afrondenUitleg;
        });
    }

    async function ververs() {
        const o = await api('GET', '/overzicht');
        toonGemeenten(o);
        toonWissels(o.wissels);
        toonFeed(o.aanvragen);
        toonVerkeer(o.verkeer);
        toonReplicatie(o.zaakreplicatie);
        const t = document.getElementById('bijgewerkt');
        t.textContent = tijd(o.tijdstip);
        t.setAttribute('datetime', o.tijdstip);
    }

    // ---- shadow runs, dead letters, simulators

    function toonSchaduw(s) {
        const tbody = document.getElementById('schaduwtellingen');
        tbody.replaceChildren.apply(tbody, s.tellingen.length ? s.tellingen.map(function (t) {
            return el('tr', {'data-gemeente': t.gemeente, 'data-capability': t.capability},
                el('td', {tekst: GEMEENTEN[t.gemeente] || t.gemeente}), el('td', {tekst: t.capability}),
                el('td', {'data-telling': 'gelijk', tekst: t.gelijk}),
                el('td', {'data-telling': 'verschil', klasse: t.verschil > 0 ? 'aandacht' : null, tekst: t.verschil}),
                el('td', {'data-telling': 'wacht', tekst: t.wacht}));
        }) : [el('tr', {klasse: 'leeg'}, el('td', {colspan: 5, tekst: 'Nog geen schaduwdraai.'}))]);
        const lijst = document.getElementById('schaduwverschillen');
        lijst.replaceChildren.apply(lijst, s.verschillen.length ? s.verschillen.map(function (v) {
            return el('li', {'data-vergelijking': v.id},
                el('time', {datetime: v.bijgewerktOp, tekst: datumTijd(v.bijgewerktOp)}), ' ',
                (GEMEENTEN[v.gemeente] || v.gemeente) + ' · ' + v.capability + ': ' + v.legacySysteem + ' en '
                + v.nieuwSysteem + ' verschillen in ' + v.verschillen.length + ' veld(en) ',
                el('button', {type: 'button', klasse: 'knop knop--klein', 'data-vergelijking': v.id, tekst: 'Bekijk',
                    onclick: function () { toonVergelijking(v.id); }}));
        }) : [el('li', {klasse: 'leeg', tekst: 'Geen verschillen gevonden.'})]);
    }

    function toonDeadLetters(lijstData) {
        const lijst = document.getElementById('deadletters');
        lijst.replaceChildren.apply(lijst, lijstData.deadLetters.length ? lijstData.deadLetters.map(function (d) {
            return el('li', {'data-dead-letter': d.id, klasse: 'deadletter'},
                el('p', {},
                    el('strong', {tekst: d.herkomst}), ' · ', el('span', {tekst: d.tijdstip || ''}),
                    d.aanvraagId ? ' · aanvraag ' : '', d.aanvraagId ? el('button', {
                        type: 'button', klasse: 'linkknop', tekst: d.aanvraagId.substring(0, 8),
                        'aria-label': 'Spoor van aanvraag ' + d.aanvraagId,
                        onclick: function () { toonSpoor(d.aanvraagId); }}) : null),
                el('p', {klasse: 'reden', tekst: 'Reden: ' + (d.reden || 'onbekend')}),
                el('details', {}, el('summary', {tekst: 'Inhoud (BSN gemaskeerd)'}), el('pre', {tekst: d.inhoud})),
                el('p', {klasse: 'acties'},
                    el('button', {type: 'button', klasse: 'knop', 'data-actie': 'opnieuw', 'data-dead-letter': d.id,
                        tekst: 'Opnieuw aanbieden', onclick: function () { deadLetter(d, true); }}), ' ',
                    el('button', {type: 'button', klasse: 'knop knop--gevaar', 'data-actie': 'verwijderen',
                        'data-dead-letter': d.id, tekst: 'Verwijderen',
                        onclick: function () { deadLetter(d, false); }})));
        }) : [el('li', {klasse: 'leeg', tekst: 'Geen dead letters.'})]);
    }

    async function deadLetter(d, opnieuw) {
        const wat = opnieuw ? 'opnieuw aanbieden aan ' + d.herkomst : 'definitief verwijderen';
        if (!window.confirm('Dit bericht ' + wat + '?')) {
            return;
        }
        try {
            await api(opnieuw ? 'POST' : 'DELETE', '/dead-letters/' + encodeURIComponent(d.id) + (opnieuw ? '/opnieuw' : ''));
            meld(opnieuw ? 'Het bericht is opnieuw aangeboden aan ' + d.herkomst + '.' : 'Het bericht is verwijderd.');
            verversTraag();
        } catch (e) {
            meld(e.message, true);
        }
    }

    function toonSimulatoren(s) {
        s.simulatoren.forEach(function (sim) {
            const rij = document.querySelector('tr.simulator[data-systeem="' + sim.systeem + '"]');
            if (!rij) {
                return;
            }
            rij.querySelector('[data-url]').textContent = sim.url;
            const modus = sim.bereikbaar && sim.gedrag ? sim.gedrag.modus : null;
            rij.dataset.modus = modus || 'ONBEREIKBAAR';
            rij.querySelector('[data-gedrag]').textContent = !sim.bereikbaar ? 'geen antwoord: ' + sim.fout
                : modus + (modus === 'TRAAG' ? ', ' + sim.gedrag.vertragingMs + ' ms' : '')
                + (sim.gedrag.foutkans > 0 ? ', foutkans ' + sim.gedrag.foutkans : '');
            rij.querySelectorAll('button.gedragknop').forEach(function (b) {
                b.setAttribute('aria-pressed', String(b.dataset.modus === modus));
            });
        });
    }

    async function verversTraag() {
        const [schaduw, deadLetters, simulatoren] = await Promise.all([
            api('GET', '/schaduwvergelijkingen'), api('GET', '/dead-letters'), api('GET', '/simulatoren')]);
        toonSchaduw(schaduw);
        toonDeadLetters(deadLetters);
        toonSimulatoren(simulatoren);
    }

    // ---- dialogs: trace and shadow comparison

    function tabel(kolommen, rijen) {
        return el('table', {klasse: 'detailtabel'},
            el('thead', {}, el('tr', {}, ...kolommen.map(function (k) { return el('th', {scope: 'col', tekst: k}); }))),
            el('tbody', {}, ...rijen.map(function (r) {
                return el('tr', {}, ...r.map(function (c) { return el('td', {tekst: c === null ? '' : c}); }));
            })));
    }

    function open(dialoog) {
        if (!dialoog.open) {
            dialoog.showModal();
        }
    }

    async function toonSpoor(id) {
        const inhoud = document.getElementById('spoor-inhoud');
        try {
            const s = await api('GET', '/aanvragen/' + encodeURIComponent(id) + '/spoor');
            document.getElementById('spoor-titel').textContent = 'Spoor van ' + s.referentie;
            inhoud.replaceChildren(
                el('dl', {klasse: 'kenmerken'},
                    el('dt', {tekst: 'Product'}), el('dd', {tekst: PRODUCTEN[s.product] || s.product}),
                    el('dt', {tekst: 'Gemeente'}), el('dd', {tekst: GEMEENTEN[s.gemeente] || s.gemeente}),
                    el('dt', {tekst: 'Status'}), el('dd', {tekst: s.status + (s.statusToelichting ? ' — ' + s.statusToelichting : '')}),
                    el('dt', {tekst: 'Zaak'}), el('dd', {tekst: s.zaakIdentificatie ? s.zaakIdentificatie + ' in ' + s.zaakSysteem : '—'}),
                    el('dt', {tekst: 'Correlatie-id'}), el('dd', {tekst: s.correlationId})),
                el('h3', {tekst: 'Routering per stap'}),
                tabel(['Capability', 'Modus', 'Systeem', 'Schaduw', 'Tijdstip'], s.routering.map(function (r) {
                    return [r.capability, r.modus, r.systeem, r.schaduwSysteem || '—', tijd(r.tijdstip)];
                })),
                el('h3', {tekst: 'Hops'}),
                tabel(['Tijdstip', 'Stap', 'Duur (ms)', 'Uitkomst', 'Detail'], s.hops.map(function (h) {
                    return [tijd(h.tijdstip), h.stap, h.duurMs, h.uitkomst, h.detail || ''];
                })),
                el('h3', {tekst: 'Statussen'}),
                tabel(['Tijdstip', 'Status', 'Bron', 'Toelichting'], s.statussen.map(function (st) {
                    return [tijd(st.tijdstip), st.status, st.bron, st.toelichting || ''];
                })));
            inhoud.dataset.aanvraag = s.id;
            open(document.getElementById('spoor-dialoog'));
        } catch (e) {
            meld(e.message, true);
        }
    }

    async function toonVergelijking(id) {
        try {
            const v = await api('GET', '/schaduwvergelijkingen/' + encodeURIComponent(id));
            document.getElementById('schaduw-titel').textContent = 'Schaduwvergelijking ' + v.capability + ' ('
                + (GEMEENTEN[v.gemeente] || v.gemeente) + ')';
            const inhoud = document.getElementById('schaduw-inhoud');
            inhoud.replaceChildren(
                el('p', {tekst: 'Uitkomst: ' + v.uitkomst + '; ' + v.legacySysteem + ' (legacy) tegen ' + v.nieuwSysteem
                    + ' (nieuw), bijgewerkt ' + datumTijd(v.bijgewerktOp) + '.'}),
                el('h3', {tekst: 'Velden die verschillen'}),
                el('ul', {klasse: 'verschillen'}, ...v.verschillen.map(function (r) { return el('li', {tekst: r}); })),
                el('p', {}, el('button', {type: 'button', klasse: 'knop', tekst: 'Spoor van de aanvraag',
                    onclick: function () { document.getElementById('schaduw-dialoog').close(); toonSpoor(v.aanvraagId); }})));
            open(document.getElementById('schaduw-dialoog'));
        } catch (e) {
            meld(e.message, true);
        }
    }

    document.querySelectorAll('dialog [data-sluit]').forEach(function (b) {
        b.addEventListener('click', function () { b.closest('dialog').close(); });
    });

    // ---- the levers

    document.querySelectorAll('button.modusknop').forEach(function (knop) {
        knop.addEventListener('click', async function () {
            try {
                const w = await api('PUT', '/gemeenten/' + encodeURIComponent(knop.dataset.gemeente) + '/capabilities/'
                    + encodeURIComponent(knop.dataset.capability), {modus: knop.dataset.modus});
                meld(w.gewijzigd
                    ? w.naam + ' · ' + w.capability + ': ' + w.van + ' → ' + w.naar + ' (door ' + w.door + ' om '
                        + tijd(w.tijdstip) + '). Antwoordt nu: ' + w.systeem
                        + (w.schaduwSysteem ? '; schaduwkopie naar ' + w.schaduwSysteem : '') + '.'
                    : w.naam + ' · ' + w.capability + ' stond al op ' + w.naar + '; er is niets gewijzigd.');
                ververs();
            } catch (e) {
                meld('De wissel is niet gelukt: ' + e.message, true);
            }
        });
    });

    document.querySelectorAll('button.gedragknop').forEach(function (knop) {
        knop.addEventListener('click', async function () {
            const body = {modus: knop.dataset.modus, foutkans: Number(document.getElementById('foutkans').value || 0)};
            if (knop.dataset.modus === 'TRAAG') {
                body.vertragingMs = Number(document.getElementById('vertraging').value || 0);
            }
            try {
                const a = await api('PUT', '/simulatoren/' + encodeURIComponent(knop.dataset.systeem) + '/gedrag', body);
                meld('Simulator ' + a.systeem + ' staat nu op ' + (a.gedrag ? a.gedrag.modus : knop.dataset.modus) + '.');
                verversTraag();
            } catch (e) {
                meld('Het gedrag is niet gewijzigd: ' + e.message, true);
            }
        });
    });

    function bevestigReplicatie(a) {
        const naam = a.stand.naam;
        const wanneer = ' (door ' + a.door + ' om ' + tijd(a.tijdstip) + ')';
        if (a.actie === 'KOPIEREN') {
            return a.aantal > 0
                ? naam + ': ' + a.aantal + ' legacy-zaken worden naar het zaaksysteem gestuurd' + wanneer + '. Zodra '
                    + 'het zaaksysteem ze heeft geregistreerd, tellen ze als gerepliceerd.'
                : naam + ': er staan geen legacy-zaken meer klaar om te kopiëren; er is niets verstuurd.';
        }
        return a.aantal > 0
            ? naam + ': ' + a.aantal + ' gerepliceerde zaken overgezet naar het zaaksysteem' + wanneer + '. Hun '
                + 'status komt nu uit het zaaksysteem.'
            : naam + ': er zijn (nog) geen gerepliceerde zaken om over te zetten; er is niets gewijzigd.';
    }

    document.querySelectorAll('button.replicatieknop').forEach(function (knop) {
        knop.addEventListener('click', async function () {
            const gemeente = knop.dataset.gemeente;
            const afronden = knop.dataset.actie === 'afronden';
            const uitslag = document.getElementById('replicatie-melding-' + gemeente);
            knop.dataset.bezig = 'true';
            knop.disabled = true;
            try {
                const a = await api('POST', '/gemeenten/' + encodeURIComponent(gemeente) + '/zaakreplicatie'
                    + (afronden ? '/afronden' : ''));
                uitslag.className = 'replicatie__melding melding melding--ok';
                uitslag.textContent = bevestigReplicatie(a);
                toonReplicatie([a.stand]);
            } catch (e) {
                uitslag.className = 'replicatie__melding melding melding--fout';
                uitslag.textContent = (afronden ? 'Het overzetten is niet afgerond: ' : 'Het kopiëren is niet gelukt: ')
                    + e.message;
            } finally {
                delete knop.dataset.bezig;
                // finishing stays disabled while zaakregistratie is not NEW (the state the last answer showed)
                knop.disabled = afronden
                    && document.getElementById('replicatie-' + gemeente).dataset.zaakregistratie !== 'NEW';
                ververs().catch(function () { /* the polling loop reports */ });
            }
        });
    });

    async function zetVerkeer(perMinuut) {
        try {
            const v = await api('PUT', '/verkeer', {perMinuut: perMinuut});
            toonVerkeer(v);
            meld(v.perMinuut > 0 ? 'De verkeersgenerator dient nu ' + v.perMinuut + ' aanvragen per minuut in.'
                : 'De verkeersgenerator staat uit.');
        } catch (e) {
            meld('De verkeersgenerator is niet ingesteld: ' + e.message, true);
        }
    }

    document.getElementById('verkeer-formulier').addEventListener('submit', function (e) {
        e.preventDefault();
        zetVerkeer(Number(document.getElementById('verkeer-per-minuut').value));
    });
    document.querySelectorAll('button.verkeerknop').forEach(function (knop) {
        knop.addEventListener('click', function () { zetVerkeer(Number(knop.dataset.perMinuut)); });
    });

    // ---- polling: every 2 s (5 s for the slow parts), paused while the tab is hidden

    function lus(taak, interval) {
        async function stap() {
            if (!document.hidden) {
                try {
                    await taak();
                } catch (e) {
                    meld('Bijwerken mislukt: ' + e.message, true);
                }
            }
            window.setTimeout(stap, interval);
        }
        stap();
    }

    lus(ververs, SNEL_MS);
    lus(verversTraag, TRAAG_MS);
}());
