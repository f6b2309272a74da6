#version 330 core
// One instance per node: a screen-aligned quad around the node's centre.
layout(location = 0) in vec2 aCenter;   // world units (points, y up)
layout(location = 1) in float aRadius;  // world units
layout(location = 2) in vec4 aColor;
layout(location = 3) in vec2 aState;    // x: 0 normal, 1 hovered, 2 selected; y: shape (0 circle, 1 square, 2 diamond, 3 hexagon)
layout(location = 4) in float aDim;     // 1 when out of focus

uniform vec2 uScale;      // world -> clip
uniform vec2 uOffset;
uniform vec2 uViewport;   // pixels
uniform float uZoom;      // pixels per world unit
uniform float uMinRadiusPx;
uniform int uPoints;      // 1: drawn as GL_POINTS, one vertex per node (no instancing)

out vec2 vLocal;
out vec4 vColor;
out float vRadiusPx;
flat out float vState;
flat out float vShape;
out float vDim;
out float vExtentPx;

void main() {
    vec2 corner = vec2((gl_VertexID & 1) == 0 ? -1.0 : 1.0, (gl_VertexID & 2) == 0 ? -1.0 : 1.0);
    float radiusPx = max(aRadius * uZoom, uMinRadiusPx);
    // The outline is drawn inside the radius; one pixel more is room for antialiasing.
    // Tight quads matter: tiny far-away nodes are most of the fragments of a big graph.
    float extentPx = radiusPx + 1.0;
    vec2 clipCenter = aCenter * uScale + uOffset;
    if (uPoints == 1) {
        gl_Position = vec4(clipCenter, 0.0, 1.0);
        gl_PointSize = 2.0 * extentPx;
    } else {
        gl_Position = vec4(clipCenter + corner * extentPx * 2.0 / uViewport, 0.0, 1.0);
    }
    vExtentPx = extentPx;
    vLocal = corner * extentPx;
    vColor = aColor;
    vRadiusPx = radiusPx;
    vState = aState.x;
    vShape = aState.y;
    vDim = aDim;
}
