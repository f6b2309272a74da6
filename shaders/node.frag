#version 330 core
// Antialiased signed-distance shapes with an outline; hover and selection widen the ring.
in vec2 vLocal;
in vec4 vColor;
in float vRadiusPx;
flat in float vState;
flat in float vShape;
in float vDim;
in float vExtentPx;

uniform int uPoints;  // 1: a point sprite, the local position comes from gl_PointCoord

uniform vec4 uBackground;
uniform vec4 uHoverColor;
uniform vec4 uSelectColor;

out vec4 fragColor;

float sdShape(vec2 p, float r, float shape) {
    if (shape < 0.5) return length(p) - r;
    if (shape < 1.5) {  // rounded square
        vec2 d = abs(p) - vec2(r * 0.85);
        return length(max(d, 0.0)) + min(max(d.x, d.y), 0.0) - r * 0.1;
    }
    if (shape < 2.5) return (abs(p.x) + abs(p.y)) * 0.7071 - r * 0.8;  // diamond
    // hexagon
    vec2 q = abs(p);
    return max(q.x * 0.866025 + q.y * 0.5, q.y) - r * 0.9;
}

void main() {
    // The shapes are symmetric, so gl_PointCoord's downward y needs no flip.
    vec2 local = uPoints == 1 ? (gl_PointCoord * 2.0 - 1.0) * vExtentPx : vLocal;
    float d = sdShape(local, vRadiusPx, vShape);
    float aa = 1.0;
    float ring = vState > 0.5 ? 3.0 : max(1.0, vRadiusPx * 0.12);
    vec4 outlineColor = vState > 1.5 ? uSelectColor : (vState > 0.5 ? uHoverColor : vec4(vColor.rgb * 0.45, 1.0));
    float inside = 1.0 - smoothstep(-aa, 0.0, d + ring);
    float cover = 1.0 - smoothstep(-aa, aa * 0.5, d);
    vec3 rgb = mix(outlineColor.rgb, vColor.rgb, inside);
    float alpha = cover * vColor.a;
    if (vDim > 0.5) {
        rgb = mix(rgb, uBackground.rgb, 0.75);
    }
    if (alpha <= 0.002) discard;
    fragColor = vec4(rgb, alpha);
}
