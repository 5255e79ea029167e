/**
 * Storage that throws (quota, a security error, storage turned off) must not lose a submission: the
 * outbox falls back to this page's memory with one warning. Its own file: the warning is once per page.
 */
import { expect } from '@open-wc/testing';
import { deliveryEn } from '../../src/core/delivery/delivery.strings.js';
import { WidgetStorage, wipeAllStoredData } from '../../src/core/storage.js';
import { LATENCY_MS } from './harness.js';
import { answers, rig } from './rig.js';

describe('storage that throws', () => {
  it('keeps the outbox in memory, warns once, and still delivers', async () => {
    const setItem = Storage.prototype.setItem;
    const warn = console.warn;
    const warnings: unknown[][] = [];
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const { controller, endpoint, clock, target, host } = await rig({ persist: () => 'local', maxAttempts: 1 });
      endpoint.faults = [{ kind: 'lost-request' }];
      void controller.submit(answers('One'));
      await clock.advance(LATENCY_MS);
      const kept = new WidgetStorage('local').keys('outbox:ta-request:');
      expect(kept, 'the submission waits in this page’s memory').to.have.length(1);
      expect(JSON.parse(new WidgetStorage('local').get<{ body: string }>(kept[0])!.body).data).to.deep.equal(answers('One'));
      expect(Object.keys(localStorage).filter((key) => key.startsWith('si:outbox:'))).to.deep.equal([]);
      expect(controller.status, 'it does not claim to be saved in the browser').to.deep.equal({
        state: 'queued',
        reason: 'network',
        retryAt: undefined,
        saved: false,
      });
      await host.updateComplete;
      expect(host.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal(`${deliveryEn.deliveryWaiting} ${deliveryEn.deliveryExitNote}`);

      // A second widget instance on the page (the same memory) finds it and also warns no more.
      const other = await rig({ persist: () => 'session' }, { clock, endpoint, net: { online: true } });
      void other.controller.submit(answers('Two'));
      target.dispatchEvent(new Event('online'));
      other.target.dispatchEvent(new Event('online'));
      await clock.advance(LATENCY_MS * 2);
      expect(controller.status.state).to.equal('sent');
      expect(other.controller.status.state).to.equal('sent');
      expect(endpoint.stored.size).to.equal(2);
      expect(warnings, 'one warning for the page').to.have.length(1);
      expect(String(warnings[0][0])).to.contain('in memory');
      host.remove();
      other.host.remove();
    } finally {
      Storage.prototype.setItem = setItem;
      console.warn = warn;
      wipeAllStoredData();
    }
  });
});
