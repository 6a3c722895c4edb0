import express, { type Express, type Response } from 'express';
import { schoolYear } from '../calamity/incident-overview.js';
import { yearOverview } from '../calamity/incidents.js';
import { managerRoles, roleLabels } from '../channels/web/auth/staff-identity.js';
import { signedInOf, type WebAuth } from '../channels/web/auth/web-auth.js';
import { readInbox } from '../channels/web/web-inbox.js';
import { listOpenItems } from '../content/open-items.js';
import type { School } from '../content/types.js';
import { WatnuError } from '../errors.js';
import type { DeliveryHealth } from '../handoff/delivery-health.js';
import type { Logger } from '../log.js';
import { diagramRoutes } from '../diagrams/render-diagram.js';
import { dialogTitleKey } from '../content/dialog-keys.js';
import { type ContactOverrides, contactAudit } from './contact-overrides.js';
import { esc, page } from './html.js';

export interface BeheerDeps {
  readonly auth: WebAuth;
  readonly overrides: ContactOverrides;
  readonly health: DeliveryHealth;
  readonly log: Logger;
}

/**
 * /beheer: the director's and IB's page (403 for everyone else). Contacts
 * (names, numbers, hours) are edited with plain forms carrying the session's
 * CSRF token; the rest is read-only: what the plan leaves open, channel
 * health, the inboxes (handoff titles, initials and group only), and the
 * incident year overview (counts only).
 */
export function mountBeheer(app: Express, deps: BeheerDeps): void {
  const { content, db, clock } = deps.auth.deps;
  const router = express.Router();
  router.use(express.urlencoded({ extended: false, limit: '16kb' }));
  router.use(deps.auth.require());
  router.use((_req, res, next) => {
    const who = signedInOf(res);
    if (!managerRoles.has(who.staff.role)) return next(new WatnuError('FORBIDDEN', 'beheer is for the director and the intern begeleider'));
    next();
  });

  router.get('/', async (req, res) => {
    await deps.overrides.refresh();
    const who = signedInOf(res);
    const school = content.schools.get(who.staff.schoolId)!;
    const saved = typeof req.query.saved === 'string' ? req.query.saved : undefined;
    res.set('Cache-Control', 'no-store').type('html').send(await render(res, school, saved ? { saved } : {}));
  });

  router.post('/contacts/:contactId', async (req, res) => {
    const who = signedInOf(res);
    const school = content.schools.get(who.staff.schoolId)!;
    const body = req.body as Record<string, string | undefined>;
    const contactId = String(req.params.contactId);
    const current = school.contacts.get(contactId);
    if (!current) throw new WatnuError('NOT_FOUND', `no contact "${contactId}" at this school`, ['contactId']);
    try {
      await deps.overrides.save(
        school.id,
        contactId,
        {
          name: body.name ?? current.name,
          phones: current.phones.map((phone, i) => ({ number: body[`phone${i}`] ?? phone.number, hours: body[`phone${i}hours`] ?? phone.hours ?? '' })),
          hours: body.hours ?? current.hours ?? '',
        },
        who.session.email,
        clock(),
      );
    } catch (error) {
      if (error instanceof WatnuError && error.code === 'REQUEST_INVALID') {
        res.status(400).type('html').send(await render(res, school, { error: { contactId, message: error.message } }));
        return;
      }
      throw error;
    }
    deps.log.info({ school: school.id, contact: contactId }, 'beheer: contact changed');
    res.redirect(303, `/beheer?saved=${encodeURIComponent(contactId)}`);
  });

  app.use('/beheer', router);

  async function render(res: Response, school: School, notice: { saved?: string; error?: { contactId: string; message: string } }): Promise<string> {
    const who = signedInOf(res);
    const csrf = esc(who.session.csrfToken);
    const say = (key: string) => content.locales.nl?.[key] ?? key;
    const contacts = [...school.contacts.values()].filter((c) => c.kind !== 'emergency');
    const contactForms = contacts
      .map((c) => {
        const error = notice.error?.contactId === c.id ? `<p class="error" role="alert" id="err-${esc(c.id)}">${esc(notice.error.message)}</p>` : '';
        const phones = c.phones
          .map(
            (p, i) => `<label>Telefoonnummer ${i + 1}${p.label ? ` (${esc(p.label)})` : ''} <input name="phone${i}" value="${esc(p.number)}" inputmode="tel"></label>
        <label>Bereikbaar (nummer ${i + 1}) <input name="phone${i}hours" value="${esc(p.hours ?? '')}"></label>`,
          )
          .join('\n');
        return `<form method="post" action="/beheer/contacts/${esc(c.id)}" class="contact-form" data-contact="${esc(c.id)}" aria-label="${esc(c.name)}">
        <input type="hidden" name="_csrf" value="${csrf}">
        <h3>${esc(c.name)}${c.organisation ? ` <small>${esc(c.organisation)}</small>` : ''}</h3>${error}
        <label>Naam <input name="name" value="${esc(c.name)}" required></label>
        ${phones}
        <label>Openingstijden <input name="hours" value="${esc(c.hours ?? '')}"></label>
        <button type="submit">Opslaan</button>
      </form>`;
      })
      .join('\n');
    const open = listOpenItems(school, content.dialogs).open.map((item) => `<li>${esc(item.message)}</li>`).join('');
    const audit = (await contactAudit(db, school.id))
      .map((a) => `<tr><td>${esc(a.at.slice(0, 16).replace('T', ' '))}</td><td>${esc(a.actor)}</td><td>${esc(a.contactId)}</td><td>${esc(a.field)}</td><td>${esc(a.old)} → ${esc(a.new)}</td></tr>`)
      .join('');
    const year = schoolYear(school, clock());
    const overview = await yearOverview(db, school, year);
    const incidentRows = overview.incidents.map((r) => `<li>${esc(school.incidents.categories.find((c) => c.id === r.category)?.label ?? r.category)}: ${r.count}</li>`).join('');
    const inboxes = await Promise.all(
      (['ib', 'directeur'] as const).map(async (channel) => {
        const { messages } = await readInbox(db, school.id, channel, 20);
        const items = messages
          .filter((m) => m.handoff)
          .map((m) => `<li>${esc(m.handoff!.title)} — ${esc(m.handoff!.urgencyLabel)} — ${esc(m.handoff!.statusText)}</li>`)
          .join('');
        return `<h3>${esc(say(`web.inbox.${channel}`))}</h3><ul>${items || '<li>Geen berichten.</li>'}</ul>`;
      }),
    );
    const health = deps.health
      .snapshot()
      .filter((h) => h.schoolId === school.id)
      .map((h) => `<li>${esc(h.channel)}: ${esc(h.state)}${h.reason ? ` (${esc(h.reason)})` : ''}</li>`)
      .join('');
    const role = roleLabels(content, who.staff.role).nl ?? who.staff.role;
    const diagrams = diagramRoutes(content, school.id)
      .map((route) => {
        const dialog = content.dialogs.get(school.routes[route] as string)!;
        const href = `/api/schools/${encodeURIComponent(school.id)}/protocols/${encodeURIComponent(route)}/diagram.svg`;
        return `<li><a href="${esc(href)}">${esc(say(dialogTitleKey(dialog)))}</a></li>`;
      })
      .join('');
    return page(
      'nl',
      `Beheer — ${school.name}`,
      `<h1>Beheer — ${esc(school.name)}</h1>
      <p>Ingelogd als ${esc(who.staff.name ?? who.session.email)} (${esc(role)}). <a href="/">Terug naar de chat</a></p>
      ${notice.saved ? `<p role="status" class="saved">Opgeslagen: ${esc(school.contacts.get(notice.saved)?.name ?? notice.saved)}. Geldt vanaf het volgende bericht in de chat.</p>` : ''}
      <section aria-labelledby="h-contacts"><h2 id="h-contacts">Mensen en contacten</h2>${contactForms}</section>
      <section aria-labelledby="h-audit"><h2 id="h-audit">Wijzigingen</h2>
        <div class="table-wrap" tabindex="0" role="region" aria-labelledby="h-audit"><table><thead><tr><th scope="col">Wanneer (UTC)</th><th scope="col">Wie</th><th scope="col">Contact</th><th scope="col">Veld</th><th scope="col">Oud → nieuw</th></tr></thead><tbody>${audit}</tbody></table></div></section>
      <section aria-labelledby="h-diagrams"><h2 id="h-diagrams">Protocollen als stroomschema</h2><ul>${diagrams}</ul></section>
      <section aria-labelledby="h-open"><h2 id="h-open">Wat het plan open laat</h2><ul>${open || '<li>Niets open.</li>'}</ul></section>
      <section aria-labelledby="h-health"><h2 id="h-health">Bezorging per kanaal</h2><ul>${health || '<li>Geen problemen gemeld sinds de start.</li>'}</ul></section>
      <section aria-labelledby="h-inbox"><h2 id="h-inbox">Inboxen</h2>${inboxes.join('')}</section>
      <section aria-labelledby="h-year"><h2 id="h-year">Incidenten ${year} (alleen aantallen)</h2><ul>${incidentRows || '<li>Geen incidenten geregistreerd.</li>'}</ul></section>`,
    );
  }
}
