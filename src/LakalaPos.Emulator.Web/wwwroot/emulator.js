// The browser emulator's page: draws the board the server sends (server-sent events) and posts
// input (keys, cards, paper, host commands, the register's requests). No framework, no build step.
(() => {
  "use strict";
  const $ = (selector) => document.querySelector(selector);
  const KEYBOARD = { Enter: "ENTER", Escape: "CANCEL", Backspace: "CLEAR", ArrowUp: "UP", ArrowDown: "DOWN", Tab: "MENU", F1: "F1", F2: "F2", F3: "F3", F4: "F4" };
  let skew = 0, utcOffset = 0, lastReceipt = 0;

  // ---- drawing -------------------------------------------------------------------------------
  function rowElement(runs) {
    const row = document.createElement("div");
    row.className = "row";
    for (const run of runs) {
      if (!run.wide) { row.append(run.text); continue; }
      for (const ch of run.text) {            // each wide character gets exactly two columns
        const cell = document.createElement("span");
        cell.className = "w";
        cell.textContent = ch;
        row.append(cell);
      }
    }
    return row;
  }

  function drawScreen(screen) {
    const lcd = $("#lcd");
    lcd.style.setProperty("--cols", screen.columns);
    lcd.style.setProperty("--rows", screen.height);
    const rows = screen.rows.map(rowElement);
    while (rows.length < screen.height) rows.push(rowElement([]));
    lcd.replaceChildren(...rows);
  }

  function drawPaper(paper) {
    const roll = $("#paper");
    roll.style.setProperty("--pcols", paper.columns);
    $("#paper-width").textContent = `${paper.width.replace("mm", " mm")} · ${paper.columns} columns`;
    $("#paper-out").hidden = paper.hasPaper;
    const receipts = paper.receipts.map((receipt) => {
      const element = document.createElement("div");
      element.className = "receipt" + (receipt.number > lastReceipt ? " printing" : "");
      element.dataset.number = receipt.number;
      element.append(...receipt.rows.map(rowElement));
      const cut = document.createElement("div");
      cut.className = "cut";
      cut.textContent = "✂ " + "- ".repeat(paper.columns);
      element.append(cut);
      return element;
    });
    roll.replaceChildren(...receipts);
    if (paper.receipts.length) lastReceipt = Math.max(lastReceipt, paper.receipts[paper.receipts.length - 1].number);
    roll.scrollTop = roll.scrollHeight;
  }

  function drawSlot(slot) {
    $("#slot-state").textContent = (slot.inserted ? `卡内 in slot: ${slot.inserted}` : "空 empty") + (slot.last ? ` · last: ${slot.last}` : "");
    const table = $("#cards");
    if (table.rows.length) return;
    for (const card of slot.cards) {
      const row = table.insertRow();
      row.insertCell().textContent = card.name;
      const pan = row.insertCell();
      pan.className = "pan";
      pan.textContent = card.maskedPan;
      const actions = row.insertCell();
      for (const [action, label] of [["swipe", "刷 swipe"], ["insert", "插 insert"], ["tap", "挥 tap"]]) {
        const button = document.createElement("button");
        button.textContent = label;
        button.dataset.card = card.name;
        button.dataset.cardAction = action;
        button.disabled = !card.reads.includes(action);
        actions.append(button);
      }
    }
  }

  function drawHost(host) {
    $(".host").classList.toggle("unavailable", !host.available);
    $("#host-state").textContent = host.available
      ? `${host.online ? "online" : "OFFLINE"} · ${host.queuedRules} rule(s) queued · merchant balance ${host.merchantBalance}`
      : `${host.description} (rules are given to that host)`;
    $("#host-state").title = host.description;
    $("#host-reply").textContent = host.lastReply || "";
    $("#host-received").replaceChildren(...host.received.map((line) => Object.assign(document.createElement("li"), { textContent: line })));
  }

  function drawRegister(register) {
    $(".register").classList.toggle("unavailable", !register.available);
    $("#register-link").textContent = register.connect ? `${register.link} · ${register.connect}` : register.link;
    $("#register-waiting").textContent = register.waiting ? `waiting for the cashier… ${register.waiting}` : "";
    $("#register-reply").textContent = register.lastReply || "";
    $("#register-last").textContent = register.lastRequest ? `last answer, to ${register.lastRequest}:` : "";
    $("#register-answer").replaceChildren(...register.answer.map((field) => {
      const row = document.createElement("tr");
      row.dataset.field = field.name;
      row.insertCell().textContent = field.name;
      row.insertCell().textContent = field.value;
      return row;
    }));
  }

  function drawLog(lines) {
    const log = $("#log");
    log.replaceChildren(...lines.map((line) => {
      const item = document.createElement("li");
      item.textContent = line;
      item.className = (line.match(/\[(WRN|ERR|FTL)\]/) || [])[1] || "";
      return item;
    }));
    log.scrollTop = log.scrollHeight;
  }

  function setClock(clock) {
    skew = clock.epochMs - Date.now();
    utcOffset = clock.utcOffsetMinutes;
    tick();
  }

  function tick() {
    const t = new Date(Date.now() + skew + utcOffset * 60000);
    const two = (n) => String(n).padStart(2, "0");
    $("#clock").textContent = `${t.getUTCFullYear()}-${two(t.getUTCMonth() + 1)}-${two(t.getUTCDate())} ${two(t.getUTCHours())}:${two(t.getUTCMinutes())}:${two(t.getUTCSeconds())}`;
  }

  // ---- input ---------------------------------------------------------------------------------
  function showReply(reply) {
    const line = $("#reply");
    line.textContent = reply.message;
    line.classList.toggle("err", !reply.ok);
  }

  // Inputs go one after another, in the order given: a fast typist's keys must not overtake each other.
  let sending = Promise.resolve();
  function post(path, body) {
    sending = sending.then(() => send(path, body));
    return sending;
  }

  async function send(path, body) {
    try {
      const response = await fetch(path, { method: "POST", body });
      showReply(await response.json());
    } catch (error) {
      showReply({ ok: false, message: `no answer from the emulator (${error.message})` });
    }
  }

  function press(key) {
    const button = document.querySelector(`[data-key="${key}"]`);
    if (button) { button.classList.add("pressed"); setTimeout(() => button.classList.remove("pressed"), 120); }
    post(`api/keys/${encodeURIComponent(key)}`);
  }

  document.addEventListener("click", (event) => {
    const button = event.target.closest("button");
    if (!button || button.closest("form")) return;
    const data = button.dataset;
    if (data.key) press(data.key);
    else if (data.cardAction === "remove") post("api/card/remove");
    else if (data.cardAction === "bad-swipe") post("api/card/bad-swipe");
    else if (data.cardAction) post(`api/card/${data.cardAction}/${encodeURIComponent(data.card)}`);
    else if (data.paper) post(`api/paper/${data.paper}`);
    else if (data.host) post("api/host", data.host);
    else if (data.registerExample) { $("#register-command").value = data.registerExample; $("#register-command").focus(); }
  });

  document.addEventListener("submit", (event) => {
    event.preventDefault();
    const form = event.target;
    if (form.id === "register-form") { post("api/register", form.elements.command.value.trim()); return; }
    post("api/host", `${form.dataset.hostForm} ${form.elements.value.value}`.trim());
  });

  document.addEventListener("keydown", (event) => {
    if (event.target.closest("input, textarea, select") || event.ctrlKey || event.altKey || event.metaKey) return;
    const key = /^[0-9]$/.test(event.key) ? event.key : KEYBOARD[event.key];
    if (!key) return;
    event.preventDefault();
    press(key);
  });

  // ---- live feed -----------------------------------------------------------------------------
  function connect() {
    const feed = new EventSource("api/events");
    const on = (name, draw) => feed.addEventListener(name, (event) => draw(JSON.parse(event.data)));
    on("state", (state) => {
      $("#profile").textContent = state.profile;
      setClock(state.clock);
      // What was printed before this page connected is already out: no feed animation for it.
      lastReceipt = Math.max(lastReceipt, ...state.paper.receipts.map((receipt) => receipt.number));
      drawScreen(state.screen);
      drawPaper(state.paper);
      drawSlot(state.slot);
      drawHost(state.host);
      drawRegister(state.register);
      drawLog(state.log);
    });
    on("screen", drawScreen);
    on("paper", drawPaper);
    on("slot", drawSlot);
    on("host", drawHost);
    on("register", drawRegister);
    on("log", drawLog);
    feed.onopen = () => { $("#feed").textContent = "connected"; $("#feed").className = "on"; };
    feed.onerror = () => { $("#feed").textContent = "reconnecting…"; $("#feed").className = "off"; };
  }

  setInterval(tick, 1000);
  connect();
})();
