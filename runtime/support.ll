; sgdc native support library: hand-written LLVM IR linked into every kernel module.
;
; Numerically stable scalar functions whose meaning must match sgdc/ops.py
; exactly (the reference interpreter uses those).  All are alwaysinline and
; linkonce_odr: after linking, the optimiser folds them into the kernels' loops
; and drops the bodies.  tests/test_runtime_support.py tests them on their own.
;
;   sgdc_sigmoid_f32(x)  = 1 / (1 + exp(-x)), computed from exp(-|x|): never overflows
;   sgdc_softplus_f32(x) = log(1 + exp(x)) = max(x, 0) + log1p(exp(-|x|))
;   sgdc_sign_f32(x)     = -1, 0 or +1 (0 at 0 and for NaN)
;   sgdc_ge_f32(a, b)    = 1.0 if a >= b else 0.0 (ordered: 0.0 when either is NaN)

declare float @llvm.exp.f32(float)
declare float @llvm.fabs.f32(float)
declare float @log1pf(float)

define linkonce_odr float @sgdc_sigmoid_f32(float %x) alwaysinline nounwind {
entry:
  %ax = call float @llvm.fabs.f32(float %x)
  %nax = fneg float %ax
  %z = call float @llvm.exp.f32(float %nax)
  %den = fadd float 1.0, %z
  %pos = fdiv float 1.0, %den
  %neg = fdiv float %z, %den
  %ge = fcmp oge float %x, 0.0
  %r = select i1 %ge, float %pos, float %neg
  ret float %r
}

define linkonce_odr float @sgdc_softplus_f32(float %x) alwaysinline nounwind {
entry:
  %ax = call float @llvm.fabs.f32(float %x)
  %nax = fneg float %ax
  %z = call float @llvm.exp.f32(float %nax)
  %l = call float @log1pf(float %z)
  %gt = fcmp ogt float %x, 0.0
  %relu = select i1 %gt, float %x, float 0.0
  %r = fadd float %relu, %l
  ret float %r
}

define linkonce_odr float @sgdc_sign_f32(float %x) alwaysinline nounwind {
entry:
  %gt = fcmp ogt float %x, 0.0
  %lt = fcmp olt float %x, 0.0
  %p = select i1 %gt, float 1.0, float 0.0
  %r = select i1 %lt, float -1.0, float %p
  ret float %r
}

define linkonce_odr float @sgdc_ge_f32(float %a, float %b) alwaysinline nounwind {
entry:
  %c = fcmp oge float %a, %b
  %r = select i1 %c, float 1.0, float 0.0
  ret float %r
}

