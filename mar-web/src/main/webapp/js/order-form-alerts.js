// The order checks' alerts: each asks for what its severity needs (acknowledge, a reason, or nothing can be done), and the Sign button says what still blocks it.
// Part of the order form (order-form.js): ctx is the form, with its elements, its state and the other parts.
import { alertBody, sortAlerts } from './alerts.js';
import { h, icon } from './dom.js';
import { hasAllergyStatus } from './patient-facts.js';

export function alertsPart(ctx) {
  const { alertsList, signBlocked, signButton, signPassword, getPatient } = ctx;

  function alertNumber(key) {
    if (!ctx.alertIds.has(key)) ctx.alertIds.set(key, ctx.alertIds.size + 1);
    return ctx.alertIds.get(key);
  }

  function alertItem(alert) {
    const n = alertNumber(alert.key);
    const messageId = `alert-message-${n}`;
    const needsId = `alert-needs-${n}`;
    const needs = ctx.state.needsAction.has(alert.key);
    const describedBy = needs ? `${messageId} ${needsId}` : messageId;
    const severity = alert.severity ?? 'INFO';
    const item = h('li', {
      class: `order-alert order-alert-${severity.toLowerCase()}${needs ? ' needs-action' : ''}`,
      'data-alert-key': alert.key,
      'data-severity': severity,
      'data-category': alert.category,
      'data-needs-action': needs ? 'true' : null,
    }, alertBody(alert, messageId));
    if (needs) {
      item.append(h('p', { class: 'order-alert-needs', id: needsId }, icon('alert'), h('span', { i18n: 'alert.needsAction' })));
    }
    if (severity === 'WARNING') {
      const box = h('input', {
        type: 'checkbox', id: `alert-ack-${n}`, 'data-acknowledge': alert.key, 'aria-describedby': describedBy,
        'aria-invalid': needs ? 'true' : null,
      });
      box.checked = ctx.state.acknowledged.has(alert.key);
      item.append(h('label', { class: 'checkbox', for: box.id }, box, h('span', { i18n: 'alert.acknowledge' })));
    } else if (severity === 'SEVERE') {
      const reason = h('textarea', {
        id: `alert-override-${n}`, rows: 2, 'data-override': alert.key, required: true, 'aria-required': 'true',
        'aria-describedby': describedBy, 'aria-invalid': needs ? 'true' : null,
      });
      reason.value = ctx.state.reasons.get(alert.key) ?? '';
      const overrideField = h('div', { class: 'field override-field' },
        h('label', { for: reason.id, i18n: 'alert.overrideReason' }), reason);
      if (alert.overrideReason) {
        // a structured reason the rule itself names (opioid-tolerant): one press instead of typing it
        const use = h('button', { type: 'button', class: 'button button-secondary', 'data-use-reason': alert.key },
          h('span', { i18n: 'alert.useReason' }), ' ', h('span', { lang: 'en' }, alert.overrideReason));
        use.addEventListener('click', () => {
          reason.value = alert.overrideReason;
          reason.dispatchEvent(new Event('input', { bubbles: true }));
        });
        overrideField.append(use);
      }
      item.append(overrideField);
    } else if (severity === 'HARD_STOP') {
      item.append(h('p', { class: 'order-alert-stop' }, icon('stop'), h('span', { i18n: 'alert.hardStop' })));
    }
    return item;
  }

  function renderAlerts(alerts, { force = false } = {}) {
    const sorted = sortAlerts(alerts);
    const signature = JSON.stringify(sorted.map((a) => [a.key, a.severity, a.category, a.message, a.rule, a.source]));
    ctx.state.alerts = sorted;
    if (force || signature !== ctx.state.alertSignature) {
      ctx.state.alertSignature = signature;
      // Rebuilding must not throw away what the prescriber was typing or ticking.
      const focused = document.activeElement;
      const focusKey = alertsList.contains(focused) ? focused.closest('[data-alert-key]')?.dataset.alertKey : null;
      const focusKind = focused?.dataset?.acknowledge !== undefined ? 'acknowledge' : 'override';
      alertsList.replaceChildren(...sorted.map(alertItem));
      if (focusKey) {
        const item = [...alertsList.children].find((li) => li.dataset.alertKey === focusKey);
        item?.querySelector(`[data-${focusKind}]`)?.focus();
      }
    }
    updateSignState();
  }

  function settle(key) {
    if (!ctx.state.needsAction.delete(key)) return;
    const item = [...alertsList.children].find((li) => li.dataset.alertKey === key);
    if (!item) return;
    item.classList.remove('needs-action');
    item.removeAttribute('data-needs-action');
    item.querySelector('.order-alert-needs')?.remove();
    for (const control of item.querySelectorAll('[data-acknowledge], [data-override]')) {
      control.removeAttribute('aria-invalid');
      control.setAttribute('aria-describedby', control.getAttribute('aria-describedby').split(' ')[0]);
    }
  }

  alertsList.addEventListener('change', (event) => {
    const key = event.target.dataset.acknowledge;
    if (key === undefined) return;
    if (event.target.checked) {
      ctx.state.acknowledged.add(key);
      settle(key);
    } else {
      ctx.state.acknowledged.delete(key);
    }
  });

  alertsList.addEventListener('input', (event) => {
    const key = event.target.dataset.override;
    if (key === undefined) return;
    const reason = event.target.value.trim();
    if (reason) {
      ctx.state.reasons.set(key, event.target.value);
      settle(key);
    } else {
      ctx.state.reasons.delete(key);
    }
  });

  function signBody() {
    const keys = new Set(ctx.state.alerts.map((alert) => alert.key));
    return {
      acknowledgements: ctx.state.alerts.filter((a) => a.severity === 'WARNING' && ctx.state.acknowledged.has(a.key)).map((a) => a.key),
      overrides: ctx.state.alerts
        .filter((a) => a.severity === 'SEVERE' && keys.has(a.key) && (ctx.state.reasons.get(a.key) ?? '').trim())
        .map((a) => ({ key: a.key, reason: ctx.state.reasons.get(a.key).trim() })),
      ...(ctx.needsSignPassword() ? { password: signPassword.value } : {}),
    };
  }

  /** The alerts still waiting for the prescriber: warnings not ticked as read, serious alerts without a reason. */
  function unanswered() {
    return ctx.state.alerts.filter((a) => (a.severity === 'WARNING' && !ctx.state.acknowledged.has(a.key))
      || (a.severity === 'SEVERE' && !(ctx.state.reasons.get(a.key) ?? '').trim())).map((a) => a.key);
  }

  function blockReason() {
    if (!hasAllergyStatus(getPatient())) return 'orderForm.signBlockedAllergy';
    if (ctx.state.alerts.some((alert) => alert.severity === 'HARD_STOP')) return 'orderForm.signBlockedHardStop';
    return null;
  }

  function updateSignState() {
    const reason = blockReason();
    signButton.disabled = Boolean(reason);
    signBlocked.hidden = !reason;
    signBlocked.replaceChildren(...(reason ? [icon('stop'), h('span', { i18n: reason })] : []));
  }

  return {
    alertNumber,
    alertItem,
    renderAlerts,
    settle,
    signBody,
    unanswered,
    blockReason,
    updateSignState,
  };
}
