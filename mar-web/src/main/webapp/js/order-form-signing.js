// Saving a draft and signing. Sign first asks for what the alerts need (nothing is saved while one is unanswered);
// then the draft is saved and signed, so a signature the server refuses keeps the prescriber's work.
// Part of the order form (order-form.js): ctx is the form, with its elements, its state and the other parts.
import { api } from './api.js';
import { clear, showMessage, showProblem } from './dom.js';

export function signingPart(ctx) {
  const {
    form, errorArea, signError, alertsList, signPassword, patientId, onSaved,
  } = ctx;

  async function ensureSaved(request) {
    const key = JSON.stringify(request);
    if (ctx.state.draft && ctx.state.draft.key === key) return ctx.state.draft;
    const body = { method: 'POST', body: request };
    let saved;
    if (ctx.state.draft) {
      // A draft that has changed since it was saved becomes a new draft version of itself.
      saved = await api(`api/v1/prescriptions/${encodeURIComponent(ctx.state.draft.id)}/amend`, body);
    } else if (ctx.state.mode === 'change') {
      saved = await api(`api/v1/prescriptions/${encodeURIComponent(ctx.state.source.id)}/amend`, body);
    } else {
      saved = await api(`api/v1/patients/${encodeURIComponent(patientId)}/prescriptions`, body);
    }
    ctx.state.draft = { id: saved.id, key, prescription: saved };
    ctx.state.checkSequence += 1;
    ctx.state.checkedKey = key;
    ctx.renderAlerts(saved.alerts ?? []);
    ctx.say(ctx.state.alerts.length > 0 ? 'orderForm.checksFound' : 'orderForm.checksNone', { count: ctx.state.alerts.length });
    return ctx.state.draft;
  }

  function showSaveProblem(error) {
    showProblem(error, errorArea);
    ctx.showFieldProblem(error);
  }

  async function whileBusy(work) {
    if (ctx.busy) return;
    ctx.busy = true;
    form.setAttribute('aria-busy', 'true');
    try {
      await work();
    } finally {
      ctx.busy = false;
      form.setAttribute('aria-busy', 'false');
    }
  }

  function saveDraft() {
    return whileBusy(async () => {
      clear(errorArea);
      const request = ctx.readRequest();
      if (!ctx.validate(request)) return;
      let draft;
      try {
        draft = await ensureSaved(request);
      } catch (error) {
        showSaveProblem(error);
        return;
      }
      const kind = ctx.state.mode === 'change' ? 'changeSaved' : 'saved';
      ctx.close({ restoreFocus: false });
      await onSaved(kind, draft.prescription);
    });
  }

  /** Says, beside Sign, how many alerts wait for an answer and takes the prescriber to the first of them. */
  function askForAnswers(keys) {
    showMessage(signError, 'orderForm.unanswered', { count: keys.length });
    markNeedsAction(keys);
    // the message below the alerts comes into view too, unless that would push the alert now focused out of it
    const below = signError.getBoundingClientRect().bottom - window.innerHeight;
    if (below > 0 && document.activeElement.getBoundingClientRect().top - below >= 0) window.scrollBy(0, below);
  }

  function markNeedsAction(keys) {
    ctx.state.needsAction = new Set(keys);
    ctx.renderAlerts(ctx.state.alerts, { force: true });
    const first = [...alertsList.children].find((li) => ctx.state.needsAction.has(li.dataset.alertKey));
    const control = first?.querySelector('[data-acknowledge], [data-override]');
    if (first && !control) first.setAttribute('tabindex', '-1');
    (control ?? first)?.focus();
    // Keys the form has not shown (the order changed on the server) come in with a fresh check.
    if (keys.some((key) => !ctx.state.alerts.some((alert) => alert.key === key))) ctx.runCheck();
  }

  function sign() {
    return whileBusy(async () => {
      clear(errorArea);
      clear(signError);
      const request = ctx.readRequest();
      if (!ctx.validate(request)) return;
      // the alerts answered must be those of the order as it stands, not of a check still on its way
      if (ctx.state.checkedKey !== JSON.stringify(request)) await ctx.runCheck();
      if (ctx.blockReason()) {
        ctx.updateSignState();
        return;
      }
      if (ctx.unanswered().length > 0) {
        askForAnswers(ctx.unanswered());
        return;
      }
      if (ctx.needsSignPassword() && !signPassword.value) {
        ctx.fieldError('password', { key: 'orderForm.signPasswordMissing' })?.focus();
        return;
      }
      let draft;
      try {
        draft = await ensureSaved(request);
      } catch (error) {
        showSaveProblem(error);
        return;
      }
      if (ctx.blockReason()) {
        // Saving brought back an alert that forbids the order.
        ctx.updateSignState();
        showMessage(signError, ctx.blockReason());
        await onSaved('kept', draft.prescription);
        return;
      }
      if (ctx.unanswered().length > 0) {
        // Saving brought back an alert the screen had not shown; the draft waits for its answer (Cancel discards it).
        askForAnswers(ctx.unanswered());
        return;
      }
      let signed;
      const body = ctx.signBody();
      // the password goes with this one request and is not kept on the page
      signPassword.value = '';
      try {
        signed = await api(`api/v1/prescriptions/${encodeURIComponent(draft.id)}/sign`, { method: 'POST', body });
      } catch (error) {
        showProblem(error, signError);
        if (error.problem?.field === 'password') {
          ctx.showFieldProblem(error)?.focus();
        } else if (error.status === 422 && /unacknowledged-alerts$/.test(error.problem?.type ?? '')) {
          markNeedsAction(error.problem.alerts ?? []);
        } else if (error.status === 409) {
          ctx.runCheck();
        }
        await onSaved('kept', draft.prescription);
        return;
      }
      ctx.close({ restoreFocus: false });
      await onSaved('signed', signed ?? draft.prescription, ctx.state.purpose);
    });
  }

  return {
    ensureSaved,
    showSaveProblem,
    whileBusy,
    saveDraft,
    markNeedsAction,
    askForAnswers,
    sign,
  };
}
