// The verification queue section of the pharmacy page: the list in the server's order, what each item
// shows when opened, and verify, reject and record intervention. When someone else has already acted on an
// order the server answers 409; the pharmacist is told who and the list is reloaded, never silently changed.
import { api } from './api.js';
import { dialogForm, markInvalid } from './dialog-form.js';
import { byId, clear, h, showMessage, showProblem } from './dom.js';
import { enumOption } from './medicine-text.js';
import { orderStatus } from './order-status.js';
import { INTERVENTION_CATEGORIES, interventionItem } from './pharmacy-text.js';
import { patientName } from './patient-facts.js';
import { queueItem } from './verification-item.js';

const CURRENT = ['PENDING_VERIFICATION', 'VERIFIED', 'SUSPENDED'];
const prescriptionPath = (id, suffix) => `api/v1/prescriptions/${encodeURIComponent(id)}${suffix}`;

function otherOrderItem(order) {
  return h('li', { 'data-prescription-id': order.id, 'data-status': order.status },
    h('span', { class: 'order-description', lang: 'en' }, order.description ?? order.productName ?? ''),
    orderStatus(order.status));
}

async function fillMore(details) {
  const body = details.querySelector('.queue-more-body');
  body.replaceChildren(h('p', { i18n: 'status.loading' }));
  const { prescriptionId, patientId } = details.dataset;
  try {
    const [orders, interventions] = await Promise.all([
      api(`api/v1/patients/${encodeURIComponent(patientId)}/prescriptions`),
      api(prescriptionPath(prescriptionId, '/interventions')),
    ]);
    const others = (orders ?? []).filter((order) => CURRENT.includes(order.status) && String(order.id) !== prescriptionId);
    body.replaceChildren(
      h('h4', { i18n: 'pharmacy.queue.otherOrders' }),
      others.length > 0
        ? h('ul', { class: 'queue-other-orders' }, others.map(otherOrderItem))
        : h('p', { i18n: 'pharmacy.queue.noOtherOrders' }),
      h('h4', { i18n: 'pharmacy.queue.interventions' }),
      interventions?.length > 0
        ? h('ul', { class: 'interventions' }, interventions.map((item) => interventionItem(item, details.dataset.timeZone)))
        : h('p', { i18n: 'pharmacy.queue.noInterventions' }));
    details.dataset.loaded = 'true';
  } catch (error) {
    body.replaceChildren(h('div', { class: 'alert', role: 'alert' }));
    showProblem(error, body.firstChild);
  }
}

// A page of the queue at a time: a busy hospital's queue runs to hundreds of orders, and the pharmacist works
// down it from the top.
export const PAGE_SIZE = 20;

export function createVerificationQueue({ announce, wardName, wardZone }) {
  const list = byId('verification-queue');
  let queue = [];
  let ward = '';
  let page = 0;

  const findItem = (id) => queue.find((item) => String(item.order.id) === String(id));
  const describe = (item) => ({ order: item.order.description ?? item.order.productName ?? '', patient: patientName(item.patient) });
  const pages = () => Math.max(1, Math.ceil(queue.length / PAGE_SIZE));

  function showCount() {
    const count = byId('queue-count');
    count.dataset.count = queue.length;
    count.replaceChildren(h('span', { i18n: 'pharmacy.queue.count', args: { count: queue.length } }));
    byId('queue-count-link').textContent = String(queue.length);
  }

  function showPager() {
    const pager = byId('queue-pager');
    pager.hidden = queue.length <= PAGE_SIZE;
    if (pager.hidden) return;
    const first = page * PAGE_SIZE;
    byId('queue-range').replaceChildren(h('span', {
      i18n: 'pharmacy.queue.range', args: { from: first + 1, to: Math.min(first + PAGE_SIZE, queue.length), count: queue.length },
    }));
    byId('queue-previous').disabled = page === 0;
    byId('queue-next').disabled = page >= pages() - 1;
  }

  function render() {
    page = Math.min(page, pages() - 1);
    const shown = queue.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
    list.replaceChildren(...(shown.length > 0
      ? shown.map((item) => queueItem(item, { timeZone: wardZone(item.patient.wardCode), wardName }))
      : [h('li', { class: 'queue-empty', i18n: ward ? 'pharmacy.queue.noneWard' : 'pharmacy.queue.none' })]));
    list.start = page * PAGE_SIZE + 1;
    list.setAttribute('aria-busy', 'false');
    showCount();
    showPager();
  }

  function turn(step) {
    page = Math.max(0, Math.min(pages() - 1, page + step));
    render();
    byId('queue-heading').focus();
  }

  async function load(wardCode = ward) {
    if (wardCode !== ward) page = 0;
    ward = wardCode;
    list.setAttribute('aria-busy', 'true');
    queue = await api(`api/v1/verification-queue${ward ? `?ward=${encodeURIComponent(ward)}` : ''}`) ?? [];
    render();
  }

  // The order has left the queue: focus moves to the next one down (or the one before it, or the heading),
  // so a keyboard user carries on down the list.
  function removeItem(id) {
    const element = list.querySelector(`li[data-prescription-id="${CSS.escape(String(id))}"]`);
    const next = element?.nextElementSibling ?? element?.previousElementSibling;
    const nextId = next?.dataset.prescriptionId;
    queue = queue.filter((item) => String(item.order.id) !== String(id));
    // The page fills up again from the next one, so it always shows a full page while there are orders.
    render();
    const again = nextId && list.querySelector(`li[data-prescription-id="${CSS.escape(nextId)}"] h3`);
    (again ?? byId('queue-heading')).focus();
  }

  // Someone else verified, rejected or changed the order first: say so in their words, then show the queue as it is now.
  function conflict(error) {
    if (error?.status !== 409) return false;
    showProblem(error);
    load().catch((reloadError) => showProblem(reloadError));
    return true;
  }

  async function verify(item, button) {
    const errorArea = byId(`queue-${item.order.id}-error`);
    clear(errorArea);
    button.disabled = true;
    try {
      await api(prescriptionPath(item.order.id, '/verify'), { method: 'POST' });
    } catch (error) {
      button.disabled = false;
      if (!conflict(error)) showProblem(error, errorArea);
      return;
    }
    announce('pharmacy.done.verified', describe(item));
    removeItem(item.order.id);
  }

  let current = null;
  const setOrder = (prefix, item) => {
    byId(`${prefix}-order`).textContent = item.order.description ?? item.order.productName ?? '';
    const patient = byId(`${prefix}-patient`);
    patient.replaceChildren(h('span', { i18n: 'pharmacy.queue.patient' }), ': ', patientName(item.patient),
      ' · ', h('span', { i18n: 'patients.hospitalNumber' }), ': ', item.patient.hospitalNumber ?? '');
  };

  const reject = dialogForm(byId('reject-dialog'), {
    onError: conflict,
    async submit({ form, errorArea }) {
      const reason = byId('reject-reason');
      if (!reason.value.trim()) {
        showMessage(errorArea, 'pharmacy.reject.missing');
        markInvalid(form, [reason], errorArea.id);
        return false;
      }
      const item = current;
      await api(prescriptionPath(item.order.id, '/reject'), { method: 'POST', body: { reason: reason.value.trim() } });
      announce('pharmacy.done.rejected', describe(item));
      return () => removeItem(item.order.id);
    },
  });

  const category = byId('intervention-category');
  category.replaceChildren(h('option', { value: '', i18n: 'common.choose' }),
    ...INTERVENTION_CATEGORIES.map((value) => enumOption('pharmacy.interventionCategory', value)));
  const intervene = dialogForm(byId('intervention-dialog'), {
    onError: conflict,
    async submit({ form, errorArea }) {
      const note = byId('intervention-note');
      const missing = [category.value ? null : category, note.value.trim() ? null : note].filter(Boolean);
      if (missing.length > 0) {
        showMessage(errorArea, 'pharmacy.intervention.missing');
        markInvalid(form, missing, errorArea.id);
        return false;
      }
      const item = current;
      await api(prescriptionPath(item.order.id, '/interventions'), {
        method: 'POST', body: { category: category.value, note: note.value.trim() },
      });
      announce('pharmacy.done.intervention', describe(item));
      const details = list.querySelector(`details.queue-more[data-prescription-id="${CSS.escape(String(item.order.id))}"]`);
      if (details) {
        delete details.dataset.loaded;
        if (details.open) fillMore(details);
      }
      return true;
    },
  });

  list.addEventListener('click', (event) => {
    const button = event.target.closest('button[data-action]');
    const item = button && findItem(button.dataset.prescriptionId);
    if (!item) return;
    clear(byId('page-error'));
    current = item;
    if (button.dataset.action === 'verify') verify(item, button);
    if (button.dataset.action === 'reject') {
      setOrder('reject', item);
      reject.open(button);
    }
    if (button.dataset.action === 'intervene') {
      setOrder('intervention', item);
      intervene.open(button);
    }
  });
  byId('queue-previous').addEventListener('click', () => turn(-1));
  byId('queue-next').addEventListener('click', () => turn(1));
  list.addEventListener('toggle', (event) => {
    const details = event.target;
    if (details.matches?.('details.queue-more') && details.open && !details.dataset.loaded) fillMore(details);
  }, true);

  return { load };
}
