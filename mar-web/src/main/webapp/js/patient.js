// One patient's medicines chart: allergies first, the facts the order checks use, the orders by status,
// and the forms that record new facts (each of which re-checks the patient's active orders). This module starts the
// page; patient-summary.js, patient-orders.js, patient-order-actions.js, patient-record-forms.js and
// patient-reconciliation.js hold its parts.
import { api } from './api.js';
import { byId, clear, showMessage, showProblem } from './dom.js';
import { showCurrentWard, startPage } from './header.js';
import { createOrderForm } from './order-form.js';
import { announce, chart, hasRole, isPrescriber, patientPath } from './patient-chart.js';
import { wireDirections } from './patient-directions.js';
import { wireGlucose } from './patient-glucose.js';
import { wireInfusions } from './patient-infusions.js';
import { wireOrderActions, wireStateChanges } from './patient-order-actions.js';
import { wireOxygen } from './patient-oxygen.js';
import { focusAfterRebuild, loadOrders } from './patient-orders.js';
import { orderSigned, wireReconciliation } from './patient-reconciliation.js';
import { wireRecordForms } from './patient-record-forms.js';
import { wireRunningInfusions } from './patient-running-infusions.js';
import { showPatient } from './patient-summary.js';
import { wireVte } from './patient-vte.js';

// ---- Start ----

async function showWard() {
  if (!chart.patient.ward?.code) return;
  try {
    const ward = await api(`api/v1/wards/${encodeURIComponent(chart.patient.ward.code)}`);
    if (ward?.timeZone) chart.timeZone = ward.timeZone;
    showCurrentWard(ward);
  } catch (error) {
    if (error.status === 401) throw error;
    showCurrentWard(chart.patient.ward);
  }
}

function showMarLink() {
  const query = new URLSearchParams({ patient: chart.patientId });
  if (chart.patient.ward?.code) query.set('ward', chart.patient.ward.code);
  byId('mar-link').href = `mar.html?${query}`;
  byId('discharge-link').href = `discharge.html?patient=${encodeURIComponent(chart.patientId)}`;
  byId('patient-links').hidden = false;
}

async function afterSave(kind, prescription, purpose) {
  const order = prescription?.description ?? prescription?.productName ?? '';
  if (kind === 'signed') announce('orderForm.signed', { order });
  if (kind === 'saved') announce('orderForm.saved', { order });
  if (kind === 'changeSaved') announce('orderForm.changeSaved', { order });
  if (kind === 'discarded') announce('orderForm.discarded', { order });
  try {
    await loadOrders();
  } catch (error) {
    showProblem(error);
  }
  if (kind !== 'kept' && kind !== 'discarded') focusAfterRebuild(prescription?.id, null);
  if (kind === 'signed' && purpose) await orderSigned(prescription, purpose);
}

async function main() {
  chart.session = await startPage();
  if (!chart.session) return;
  chart.patientId = new URLSearchParams(location.search).get('id');
  const banner = byId('allergy-banner');
  if (!chart.patientId) {
    banner.setAttribute('aria-busy', 'false');
    showMessage(byId('page-error'), 'patient.noId');
    return;
  }
  try {
    chart.patient = await api(patientPath());
    await showWard();
  } catch (error) {
    banner.setAttribute('aria-busy', 'false');
    throw error;
  }
  showPatient();
  showMarLink();
  byId('patient-content').hidden = false;

  chart.orderForm = createOrderForm({ patientId: chart.patientId, getPatient: () => chart.patient, getTimeZone: () => chart.timeZone, onSaved: afterSave });
  const newOrder = byId('new-order-button');
  newOrder.hidden = !isPrescriber();
  newOrder.addEventListener('click', () => {
    clear(byId('order-status'));
    chart.orderForm.openNew(newOrder);
  });
  wireOrderActions(wireStateChanges());
  wireRecordForms();
  await loadOrders();
  await wireDirections();
  await wireReconciliation();
  await wireRunningInfusions();
  await wireInfusions(() => loadOrders());
  await wireBedside();
}

// Oxygen, the VTE risk assessment and bedside glucose: for the staff who prescribe, give and check medicines.
async function wireBedside() {
  if (!['NURSE', 'PRESCRIBER', 'PHARMACIST'].some(hasRole)) return;
  byId('bedside-section').hidden = false;
  await wireVte();
  await wireOxygen();
  await wireGlucose();
}

main().catch((error) => showProblem(error));
