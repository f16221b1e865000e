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
      incidentMap();
    });
  });
})();
