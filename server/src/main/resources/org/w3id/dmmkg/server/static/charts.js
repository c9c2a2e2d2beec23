// Charts from the tables marked data-chart="bar" or "stacked": the table stays the accessible
// source (and what a page shows without JavaScript); the chart is drawn above it with ECharts,
// served by this server from its WebJar. Tooltips are drawn in the canvas (richText), so that
// no inline style is needed under a strict Content-Security-Policy.
"use strict";
(function () {
  if (typeof echarts === "undefined") {
    return;
  }
  function number(cell) {
    const n = Number(cell.textContent.trim());
    return Number.isFinite(n) ? n : 0;
  }
  function draw(table) {
    const kind = table.dataset.chart;
    const heads = Array.from(table.tHead.rows[0].cells).map(c => c.textContent.trim());
    const rows = Array.from(table.tBodies[0].rows);
    if (rows.length < 2) {
      return;
    }
    const x = Number(table.dataset.chartX || 0);
    const columns = kind === "stacked" ? heads.map((h, i) => i).filter(i => i !== x)
      : [Number(table.dataset.chartY || 1)];
    const series = columns.map(i => ({
      name: heads[i], type: "bar", stack: kind === "stacked" ? "total" : undefined,
      data: rows.map(r => number(r.cells[i]))
    }));
    const box = document.createElement("div");
    box.className = "chart";
    box.setAttribute("role", "img");
    box.setAttribute("aria-label", (table.dataset.chartTitle || "Chart") + ": the table below has the numbers");
    table.parentNode.insertBefore(box, table);
    const chart = echarts.init(box, null, { renderer: "canvas" });
    chart.setOption({
      animation: false,
      grid: { left: 48, right: 16, top: series.length > 1 ? 36 : 16, bottom: 56, containLabel: true },
      legend: series.length > 1 ? { type: "scroll", top: 0 } : undefined,
      tooltip: { trigger: "axis", renderMode: "richText" },
      xAxis: { type: "category", data: rows.map(r => r.cells[x].textContent.trim()),
               axisLabel: { interval: 0, rotate: rows.length > 8 ? 40 : 0 } },
      yAxis: { type: "value", minInterval: 1 },
      series: series
    });
    window.addEventListener("resize", () => chart.resize());
    const details = document.createElement("details");
    const summary = document.createElement("summary");
    summary.textContent = "The numbers as a table";
    details.appendChild(summary);
    table.parentNode.insertBefore(details, table);
    details.appendChild(table);
  }
  document.querySelectorAll("table[data-chart]").forEach(draw);
})();
