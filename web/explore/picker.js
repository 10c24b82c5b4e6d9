/*
 * An entity picker: a text input over the API's full-text search, as an ARIA combobox. Typing
 * lists matches; the arrow keys move through them; Enter picks the highlighted one (or, with no
 * list open, lets the form submit so the caller can take the best match); Escape closes the list.
 */
(function () {
  'use strict';
  const escapeHtml = window.ExploreModel.escapeHtml;

  function createPicker(input, list, options) {
    let items = [];
    let active = -1;
    let timer = null;
    let generation = 0;

    function setOpen(open) {
      list.hidden = !open;
      input.setAttribute('aria-expanded', String(open));
      if (!open) input.removeAttribute('aria-activedescendant');
    }

    function render() {
      if (!items.length) {
        list.innerHTML = '<li class="none" role="option" aria-disabled="true">No match</li>';
        setOpen(true);
        return;
      }
      list.innerHTML = items
        .map((e, i) => `<li id="${list.id}-${i}" role="option" data-index="${i}" aria-selected="${i === active}" class="${i === active ? 'active' : ''}">` +
          `<span class="kind-dot kind-${escapeHtml(e.kind)}" aria-hidden="true"></span>${escapeHtml(e.name)} <small>${escapeHtml(e.kind)}</small></li>`)
        .join('');
      setOpen(true);
      if (active >= 0) input.setAttribute('aria-activedescendant', `${list.id}-${active}`);
    }

    async function run() {
      const text = input.value.trim();
      const mine = ++generation;
      if (text.length < 2) {
        items = [];
        setOpen(false);
        return;
      }
      try {
        const hits = await window.ExploreApi.search(text);
        if (mine !== generation) return;
        items = hits;
        active = hits.length ? 0 : -1;
        if (document.activeElement === input) render();
      } catch (error) {
        options.onError(error);
      }
    }

    function pick(entity) {
      generation++;
      clearTimeout(timer);
      input.value = entity.name;
      input.dataset.id = entity.id;
      items = [];
      setOpen(false);
      options.onPick(entity);
    }

    input.addEventListener('input', () => {
      delete input.dataset.id;
      clearTimeout(timer);
      timer = setTimeout(run, 180);
    });
    input.addEventListener('keydown', (event) => {
      const open = !list.hidden && items.length > 0;
      if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (!open) {
          run();
          return;
        }
        event.preventDefault();
        active = (active + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
        render();
      } else if (event.key === 'Enter' && open && active >= 0) {
        event.preventDefault();
        pick(items[active]);
      } else if (event.key === 'Escape' && !list.hidden) {
        event.preventDefault();
        setOpen(false);
      }
    });
    input.addEventListener('blur', () => setTimeout(() => setOpen(false), 150));
    // mousedown, not click: the input keeps its focus and the blur above does not close the list first
    list.addEventListener('mousedown', (event) => {
      const li = event.target.closest('li[data-index]');
      if (!li) return;
      event.preventDefault();
      pick(items[Number(li.dataset.index)]);
    });

    return {
      /** The entity chosen, or else the best match of the text typed (null when nothing matches). */
      async resolve() {
        if (input.dataset.id) return { id: input.dataset.id, name: input.value };
        const text = input.value.trim();
        if (!text) return null;
        generation++;
        clearTimeout(timer);
        setOpen(false);
        const hits = await window.ExploreApi.search(text);
        if (!hits.length) return null;
        input.value = hits[0].name;
        input.dataset.id = hits[0].id;
        return hits[0];
      },
      set(entity) {
        if (!entity) {
          input.value = '';
          delete input.dataset.id;
          return;
        }
        input.value = entity.name;
        input.dataset.id = entity.id;
      },
      value() {
        return input.dataset.id ? { id: input.dataset.id, name: input.value } : null;
      },
    };
  }

  window.ExplorePicker = { createPicker };
})();
