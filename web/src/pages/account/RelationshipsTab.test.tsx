// The relationship map against a fake /api: the breadth figure, warnings in words (one person,
// nobody, a champion gone), contacts grouped by role, departed ones greyed, engaged ones marked,
// where people went or came from, and a former champion who joined announced.
import { afterEach, describe, expect, it } from 'vitest';
import type { RelationshipMap } from '../../api';
import { renderPage, type Rendered } from '../../test/harness';
import { relationshipFixture } from '../../test/successFixtures';
import { RelationshipsTab } from './RelationshipsTab';

let page: Rendered;
afterEach(() => page.unmount());

const answer = (map: RelationshipMap) => (call: { url: URL }) =>
  call.url.pathname === '/api/v1/accounts/12/relationships' ? { body: map } : undefined;

describe('RelationshipsTab', () => {
  it('shows the breadth, the warnings and the contacts by role', async () => {
    page = await renderPage(<RelationshipsTab accountId={12} />, {
      answer: answer(relationshipFixture()),
    });
    expect(page.byTestId('relationship-breadth')!.textContent).toBe('1');
    expect(page.container.textContent).toContain('Relationship breadth');
    expect(page.byTestId('relationship-current')!.textContent).toBe('3'); // not departed

    const warnings = page.allByTestId('relationship-warning');
    expect(warnings.map((w) => w.dataset.warning)).toEqual([
      'single_threaded',
      'champion_departed',
    ]);
    expect(warnings[0]!.textContent).toContain('The relationship hangs on one person');
    expect(warnings[1]!.textContent).toContain('A champion has left: 森 恵');

    // Champion first, then decision maker, user, and those without a role.
    expect(page.allByTestId('relationship-group').map((g) => g.dataset.role)).toEqual([
      'champion',
      'decision_maker',
      'user',
      'none',
    ]);
    const cards = page.allByTestId('relationship-contact');
    expect(cards).toHaveLength(4);
    const card = (name: string) => cards.find((c) => c.textContent!.includes(name))!;
    expect(card('森 恵').dataset.departed).toBe('true');
    expect(card('森 恵').className).toContain('contact-departed');
    expect(card('森 恵').textContent).toContain('Departed');
    expect(card('高橋 健太').className).toContain('sentiment-positive');
    expect(card('高橋 健太').querySelector('[data-testid="engaged-marker"]')).not.toBeNull();
    expect(card('高橋 健太').textContent).toContain('NPS9');
    expect(card('伊藤 さくら').querySelector('[data-testid="engaged-marker"]')).toBeNull();
    expect(card('伊藤 さくら').textContent).toContain('never');
    expect(card('中村 あかり').className).toContain('sentiment-neutral');
  });

  it('says nobody is in touch when the single thread is none, in Japanese', async () => {
    page = await renderPage(<RelationshipsTab accountId={12} />, {
      answer: answer(
        relationshipFixture({
          breadth: 0,
          warnings: ['single_threaded', 'no_active_champion'],
          departed_champions: [],
        }),
      ),
      lang: 'ja',
    });
    const warnings = page.allByTestId('relationship-warning');
    expect(warnings[0]!.textContent).toContain('直近 90 日、どの担当者とも接点がありません');
    expect(warnings[1]!.textContent).toContain('在籍中のチャンピオンがいません');
  });

  it('says one person in Japanese as the brief words it', async () => {
    page = await renderPage(<RelationshipsTab accountId={12} />, {
      answer: answer(relationshipFixture()),
      lang: 'ja',
    });
    expect(page.allByTestId('relationship-warning')[0]!.textContent).toContain(
      '関係が一人に依存しています',
    );
    expect(page.container.textContent).toContain('関係の広さ');
  });

  it('shows where people went or came from, and a former champion who joined', async () => {
    const base = relationshipFixture({ breadth: 3, warnings: [], departed_champions: [] });
    const [first, second] = base.contacts;
    const map: RelationshipMap = {
      ...base,
      highlights: ['former_champion_joined'],
      contacts: [
        {
          ...first!,
          came_from: {
            contact_id: 7,
            account_id: 5,
            account_name: '株式会社かもめ',
            role: 'champion',
          },
        },
        {
          ...second!,
          moved_to: { contact_id: 90, account_id: 40, account_name: '青葉商事', role: 'user' },
        },
      ],
    };
    page = await renderPage(<RelationshipsTab accountId={12} />, {
      answer: answer(map),
      lang: 'ja',
    });
    expect(page.byTestId('former-champion-banner')!.textContent).toContain(
      '元チャンピオンが入社：高橋 健太（以前は株式会社かもめ）',
    );
    expect(page.byTestId('former-champion-link')!.getAttribute('href')).toBe(
      '/accounts/5?tab=contacts',
    );
    const cards = page.allByTestId('relationship-contact');
    const card = (name: string) => cards.find((c) => c.textContent!.includes(name))!;
    expect(card('高橋 健太').querySelector('[data-testid="contact-came-from"]')!.textContent).toBe(
      '← 以前は株式会社かもめ（チャンピオン）',
    );
    expect(card('森 恵').querySelector('[data-testid="contact-moved-to"]')!.textContent).toBe(
      '→ 新しい会社：青葉商事',
    );
  });

  it('announces no former champion unless the server highlights one', async () => {
    page = await renderPage(<RelationshipsTab accountId={12} />, {
      answer: answer(relationshipFixture()),
    });
    expect(page.byTestId('former-champion-banner')).toBeNull();
  });

  it('shows a broad relationship without warnings', async () => {
    const map = relationshipFixture({ breadth: 3, warnings: [], departed_champions: [] });
    page = await renderPage(<RelationshipsTab accountId={12} />, { answer: answer(map) });
    expect(page.allByTestId('relationship-warning')).toHaveLength(0);
    expect(page.byTestId('relationship-healthy')).not.toBeNull();
  });
});
