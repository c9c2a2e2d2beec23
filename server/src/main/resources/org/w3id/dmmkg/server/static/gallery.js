// The gallery's forms: a button beside each parameter adds a field for another value. Every
// field is one value, whatever it holds; without JavaScript the form always offers one empty
// field more, so that nothing here is needed to run a query.
"use strict";
(function () {
  document.querySelectorAll("fieldset.parameter").forEach(fieldset => {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "add-value";
    button.textContent = "+ another value";
    button.addEventListener("click", () => {
      const inputs = fieldset.querySelectorAll("input");
      const last = inputs[inputs.length - 1];
      const field = last.cloneNode(false);
      field.value = "";
      field.id = last.id.replace(/-(\d+)$/, (m, n) => "-" + (Number(n) + 1));
      const label = document.createElement("label");
      label.className = "visually-hidden";
      label.htmlFor = field.id;
      label.textContent = fieldset.dataset.name + ", another value";
      last.after(label, field);
      field.focus();
    });
    fieldset.appendChild(button);
  });
})();
