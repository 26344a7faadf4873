// The missing-dose section of the pharmacy page: doses a ward has asked for, oldest first, which pharmacy
// acknowledges, supplies or cancels. The server lists only open requests, so one supplied or cancelled leaves.
import { api } from './api.js';
import { dialogForm, markInvalid } from './dialog-form.js';
import { byId, clear, enumText, h, icon, showMessage, showProblem } from './dom.js';
import { translateElement } from './i18n.js';
import { dateTime } from './mar-text.js';
import { patientName } from './patient-facts.js';
import { medicineLine } from './medicine-text.js';

const STATUS_ICON = { REQUESTED: 'clock', ACKNOWLEDGED: 'info', SUPPLIED: 'tick', CANCELLED: 'cross' };
// Cancelling another team's request needs the reason they will read; the other moves may carry a note.
const NOTE_REQUIRED = { ACKNOWLEDGED: false, SUPPLIED: false, CANCELLED: true };

export function createMissingDoseQueue({ announce, wardName, wardZone }) {
  const list = byId('missing-dose-requests');
  const patients = new Map();
  let requests = [];
  let ward = '';

  // Requests carry only the patient's id. Each patient is looked up once; a failed look-up leaves the link to
  // the chart, which still says who it is.
  async function lookUpPatients() {
    const wanted = [...new Set(requests.map((request) => request.patientId))].filter((id) => !patients.has(id));
    await Promise.all(wanted.map(async (id) => {
      try {
        patients.set(id, await api(`api/v1/patients/${encodeURIComponent(id)}`));
      } catch (error) {
        if (error.status === 401) throw error;
      }
    }));
  }

  function patientLine(request) {
    const patient = patients.get(request.patientId);
    const link = h('a', { href: `patient.html?id=${encodeURIComponent(request.patientId)}`, 'data-patient-id': request.patientId },
      patient ? patientName(patient) : h('span', { i18n: 'missingDose.queue.patientChart' }));
    return h('p', { class: 'queue-order-facts' },
      h('span', {}, h('span', { i18n: 'pharmacy.queue.patient' }), ': ', link),
      patient?.hospitalNumber ? h('span', {}, h('span', { i18n: 'patients.hospitalNumber' }), ': ', h('strong', {}, patient.hospitalNumber)) : null,
      h('span', {}, h('span', { i18n: 'pharmacy.wardFilter' }), ': ', h('span', { text: wardName(request.wardCode) })),
      patient?.bed ? h('span', { i18n: 'patient.bedValue', args: { bed: patient.bed } }) : null);
  }

  function actionButton(request, status, look) {
    return h('button', {
      type: 'button', class: look, 'data-action': `missing-dose-${status.toLowerCase()}`, 'data-status': status, 'data-request-id': request.id,
      i18n: `missingDose.queue.${status}.button`, 'data-i18n-attr': `aria-label:missingDose.queue.${status}.buttonFor`,
      args: { order: request.description ?? '' },
    });
  }

  function requestItem(request) {
    const timeZone = wardZone(request.wardCode);
    return h('li', {
      class: 'queue-item missing-dose-request', 'data-request-id': request.id, 'data-status': request.status,
      'data-prescription-id': request.prescriptionId, 'data-patient-id': request.patientId, 'data-ward': request.wardCode,
    },
    h('div', { class: 'queue-item-head' },
      h('h3', { id: `missing-dose-${request.id}-heading`, tabindex: '-1' }, medicineLine(request, { className: null })),
      h('p', { class: `order-status missing-dose-status-${String(request.status).toLowerCase()}` },
        icon(STATUS_ICON[request.status] ?? 'info'), enumText('missingDoseStatus', request.status))),
    patientLine(request),
    h('p', { class: 'queue-order-facts' },
      h('span', {}, h('span', { i18n: 'missingDose.queue.requested' }), ' ', dateTime(request.requestedAt, timeZone)),
      request.requestedBy ? h('span', { i18n: 'pharmacy.recordedBy', args: { name: request.requestedBy } }) : null),
    request.note ? h('p', {}, h('span', { i18n: 'missingDose.queue.wardNote' }), ' ', h('strong', {}, request.note)) : null,
    request.updatedAt && request.status !== 'REQUESTED'
      ? h('p', { class: 'secondary' }, enumText('missingDoseStatus', request.status), ' ', dateTime(request.updatedAt, timeZone),
        request.updatedBy ? [' · ', h('span', { i18n: 'pharmacy.recordedBy', args: { name: request.updatedBy } })] : null,
        request.updateNote ? [' · ', request.updateNote] : null)
      : null,
    h('div', { id: `missing-dose-${request.id}-error`, class: 'alert', role: 'alert' }),
    h('div', { class: 'button-row queue-actions' },
      request.status === 'REQUESTED' ? actionButton(request, 'ACKNOWLEDGED', 'button button-secondary') : null,
      actionButton(request, 'SUPPLIED', 'button'),
      actionButton(request, 'CANCELLED', 'button button-warning')));
  }

  function render() {
    byId('missing-count').dataset.count = requests.length;
    byId('missing-count').replaceChildren(h('span', { i18n: 'missingDose.queue.count', args: { count: requests.length } }));
    byId('missing-count-link').textContent = String(requests.length);
    list.replaceChildren(...(requests.length > 0
      ? requests.map(requestItem)
      : [h('li', { class: 'queue-empty', i18n: ward ? 'missingDose.queue.noneWard' : 'missingDose.queue.none' })]));
    list.setAttribute('aria-busy', 'false');
  }

  async function load(wardCode = ward) {
    ward = wardCode;
    list.setAttribute('aria-busy', 'true');
    requests = await api(`api/v1/missing-dose-requests${ward ? `?ward=${encodeURIComponent(ward)}` : ''}`) ?? [];
    await lookUpPatients();
    render();
  }

  // Rebuilds the list and puts focus back on the same request (its heading) or, once it has gone, the next one.
  function refocus(id, index) {
    const again = list.querySelector(`li[data-request-id="${CSS.escape(String(id))}"] h3`);
    const items = list.querySelectorAll('li[data-request-id] h3');
    (again ?? items[Math.min(index, items.length - 1)] ?? byId('missing-heading')).focus();
  }

  /** Resolves to the step that puts focus back, for the caller to run once nothing modal is in the way. */
  async function move(request, status, note) {
    const index = requests.indexOf(request);
    await api(`api/v1/missing-dose-requests/${encodeURIComponent(request.id)}/status`, { method: 'POST', body: { status, note: note || null } });
    announce(`missingDose.queue.${status}.done`, { order: request.description ?? '' });
    // The move is done whatever happens next; a failed reload is reported on the page, not as a failed move.
    try {
      await load();
    } catch (error) {
      showProblem(error);
    }
    return () => refocus(request.id, index);
  }

  function conflict(error) {
    if (error?.status !== 409) return false;
    showProblem(error);
    load().catch((reloadError) => showProblem(reloadError));
    return true;
  }

  let current = null;
  const note = byId('missing-dose-note');
  const dialog = dialogForm(byId('missing-dose-dialog'), {
    onError: conflict,
    async submit({ form, errorArea }) {
      const text = note.value.trim();
      if (NOTE_REQUIRED[current.status] && !text) {
        showMessage(errorArea, 'missingDose.queue.noteMissing');
        markInvalid(form, [note], errorArea.id);
        return false;
      }
      return move(current.request, current.status, text);
    },
  });

  const setKey = (element, key) => {
    element.dataset.i18n = key;
    translateElement(element);
  };

  function openDialog(request, status, opener) {
    current = { request, status };
    byId('missing-dose-order').textContent = request.description ?? '';
    setKey(byId('missing-dose-dialog-heading'), `missingDose.queue.${status}.heading`);
    setKey(byId('missing-dose-hint'), `missingDose.queue.${status}.hint`);
    setKey(byId('missing-dose-submit'), `missingDose.queue.${status}.submit`);
    setKey(byId('missing-dose-note-label'), NOTE_REQUIRED[status] ? 'missingDose.queue.noteRequired' : 'missingDose.queue.noteOptional');
    byId('missing-dose-submit').className = status === 'CANCELLED' ? 'button button-warning' : 'button';
    if (NOTE_REQUIRED[status]) note.setAttribute('aria-required', 'true');
    else note.removeAttribute('aria-required');
    dialog.open(opener);
  }

  // Acknowledging only tells the ward pharmacy has seen the request, so it needs no dialog.
  async function acknowledge(request, button) {
    const errorArea = byId(`missing-dose-${request.id}-error`);
    clear(errorArea);
    button.disabled = true;
    try {
      (await move(request, 'ACKNOWLEDGED', null))();
    } catch (error) {
      button.disabled = false;
      if (!conflict(error)) showProblem(error, errorArea);
    }
  }

  list.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-status]');
    const request = button && requests.find((item) => String(item.id) === button.dataset.requestId);
    if (!request) return;
    clear(byId('page-error'));
    if (button.dataset.status === 'ACKNOWLEDGED') acknowledge(request, button);
    else openDialog(request, button.dataset.status, button);
  });

  return { load };
}
