// The account list's table as the browser tests wait for it.

/**
 * Waits until the table shows the search `q` for the address as it is now (search, filters,
 * sort, page), loaded: an answer to an earlier address, before the new one's load starts, does
 * not count.
 */
export function accountTableReady(page, q) {
  return page.waitForFunction((want) => {
    const table = document.querySelector('[data-testid="account-table"]');
    return (
      table?.getAttribute('data-q') === want &&
      table.getAttribute('data-address') === location.search &&
      table.getAttribute('data-loading') === 'false'
    );
  }, q);
}
