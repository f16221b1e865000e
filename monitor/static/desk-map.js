// The analyst's desk: country and governorate borders under every map (monitor/desk.py).
// datasette-cluster-map loads Leaflet when the page has coordinates; an init hook registered
// before its map exists draws static/boundaries.geojson (Natural Earth, public domain) on
// every Leaflet map, so the map can be read offline, where the background tiles fail.
// A first view fitted to a few points stops at zoom 7: the governorates around them stay in sight.
(() => {
  const FIRST_VIEW_MAX_ZOOM = 7;
  const ATTRIBUTION = 'Borders: <a href="https://www.naturalearthdata.com/">Natural Earth</a>';
  let boundaries = null;

  const labelled = (feature, layer) => {
    const { kind, name, name_ar } = feature.properties;
    layer.bindTooltip(kind === "governorate" ? `${name} · ${name_ar}` : name, { sticky: true });
  };
  const style = (feature) => feature.properties.kind === "country"
    ? { color: "#5b5b5b", weight: 2, fillColor: "#f3efe4", fillOpacity: 1 }
    : { color: "#8c8c8c", weight: 1, dashArray: "4 3", fill: true, fillOpacity: 0 };

  const drawBorders = (map) => {
    boundaries = boundaries || fetch(window.DESK_BOUNDARIES).then((response) => response.json());
    boundaries.then((collection) => {
      // Countries first (filled land), governorate lines on top, both under the markers.
      const countries = collection.features.filter((f) => f.properties.kind === "country");
      const governorates = collection.features.filter((f) => f.properties.kind === "governorate");
      L.geoJSON(countries, { style, interactive: false, attribution: ATTRIBUTION }).addTo(map);
      L.geoJSON(governorates, { style, onEachFeature: labelled }).addTo(map);
    });
    const fitBounds = map.fitBounds;
    map.fitBounds = function (bounds, options) {
      return fitBounds.call(this, bounds, { maxZoom: FIRST_VIEW_MAX_ZOOM, ...options });
    };
    map.getContainer().classList.add("desk-map");
  };

  // datasette-cluster-map's popup lists every column of the row, JSON and all; where the row is
  // an event, an incident or a strike, say what happened instead, and link to its page.
  const SUMMARY = ["event_date", "sub_event_type", "toll", "outlets", "languages", "article"];
  const listed = (value) => { try { return JSON.parse(value).join(", "); } catch (e) { return value; } };
  const popupOf = (html) => {
    const dl = new DOMParser().parseFromString(html, "text/html").querySelector("dl.cluster-map-dl");
    if (!dl) return html;
    const row = {};
    dl.querySelectorAll("dt").forEach((dt) => { row[dt.textContent] = dt.nextElementSibling.textContent; });
    if (!("location" in row && "event_date" in row)) return html;
    const killed = row.fatalities === "" || row.fatalities === "null" || row.fatalities === undefined
      ? "" : row.fatalities === "0" ? "nobody killed" : `${row.fatalities} killed`;
    row.toll = [killed, row.injured && row.injured !== "null" ? `${row.injured} injured` : ""].filter(Boolean).join(", ");
    row.outlets = row.outlets && listed(row.outlets);
    row.languages = row.languages && listed(row.languages);
    const popup = document.createElement("div");
    popup.className = "desk-popup";
    const title = popup.appendChild(document.createElement("strong"));
    title.textContent = [row.location, row.admin1, row.country].filter((v) => v && v !== "null").join(", ");
    title.dir = "auto";
    SUMMARY.filter((key) => row[key] && row[key] !== "null").forEach((key) => {
      const line = popup.appendChild(document.createElement("div"));
      line.dir = "auto";
      line.textContent = row[key];
    });
    const id = row.incident_id && row.incident_id !== "null" ? row.incident_id
      : document.body.classList.contains("table-incidents") ? row.id : null;
    if (id) {
      const link = popup.appendChild(document.createElement("a"));
      link.href = `/archive/incidents/${id}`;
      link.textContent = `incident ${id}: every report`;
    }
    return popup.outerHTML;
  };

  // One incident's page: its point on a small map of its own.
  const incidentMap = () => {
    const element = document.getElementById("incident-map");
    if (!element) return;
    const point = [parseFloat(element.dataset.latitude), parseFloat(element.dataset.longitude)];
    const map = L.map(element, { layers: [L.tileLayer(element.dataset.tiles, { maxZoom: 19, attribution: element.dataset.attribution })] });
    map.setView(point, FIRST_VIEW_MAX_ZOOM);
    L.marker(point).addTo(map);
  };

  document.addEventListener("DOMContentLoaded", () => {
    if (!window.datasette || !datasette.leaflet) return;
    const css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = datasette.leaflet.CSS_URL;
    document.head.appendChild(css);
    import(datasette.leaflet.JAVASCRIPT_URL).then(() => {
      L.Map.addInitHook(function () { drawBorders(this); });
      const bindPopup = L.Marker.prototype.bindPopup;
      L.Marker.include({
        bindPopup(content, options) {
          return bindPopup.call(this, typeof content === "string" ? popupOf(content) : content, options);
        },
      });
      incidentMap();
    });
  });
})();
