; llvmlite 0.50.0
; ModuleID = "sgdc.psd_completion"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"sgdc_train"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %"loss.acc" = alloca double
  %".7" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"order." = load i64, ptr %".7"
  %"order..p" = inttoptr i64 %"order." to ptr
  %".8" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"epoch." = load i64, ptr %".8"
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"field.i" = load i64, ptr %".19"
  %"field.i.p" = inttoptr i64 %"field.i" to ptr
  %".22" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"field.j" = load i64, ptr %".22"
  %"field.j.p" = inttoptr i64 %"field.j" to ptr
  %".25" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"field.a" = load i64, ptr %".25"
  %"field.a.p" = inttoptr i64 %"field.a" to ptr
  %".38" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.X" = load i64, ptr %".38"
  %"param.X.p" = inttoptr i64 %"param.X" to ptr
  %".57" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"t0." = load i64, ptr %".57"
  %"dot.acc" = alloca float
  br label %"start"
start:
  store double              0x0, double* %"loss.acc"
  %".9" = sitofp i64 %"epoch." to float
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".124", %"rows.done"]
  %".11" = icmp slt i64 %"ex", %"end"
  br i1 %".11", label %"ex.body", label %"ex.done"
ex.body:
  %".13" = add i64 %"ex", 16
  %".14" = icmp slt i64 %".13", %"end"
  %".15" = select  i1 %".14", i64 %".13", i64 %"ex"
  %".16" = getelementptr inbounds i32, ptr %"order..p", i64 %".15"
  %".17" = load i32, ptr %".16"
  %".18" = sext i32 %".17" to i64
  %".20" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".18"
  call void @"llvm.prefetch.p0"(ptr %".20", i32 0, i32 3, i32 1)
  %".23" = getelementptr inbounds i32, ptr %"field.j.p", i64 %".18"
  call void @"llvm.prefetch.p0"(ptr %".23", i32 0, i32 3, i32 1)
  %".26" = getelementptr inbounds i32, ptr %"field.a.p", i64 %".18"
  call void @"llvm.prefetch.p0"(ptr %".26", i32 0, i32 3, i32 1)
  %".28" = add i64 %"ex", 8
  %".29" = icmp slt i64 %".28", %"end"
  %".30" = select  i1 %".29", i64 %".28", i64 %"ex"
  %".31" = getelementptr inbounds i32, ptr %"order..p", i64 %".30"
  %".32" = load i32, ptr %".31"
  %".33" = sext i32 %".32" to i64
  %".34" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".33"
  %".35" = load i32, ptr %".34"
  %".36" = sext i32 %".35" to i64
  %".37" = mul i64 1, 5
  %".39" = mul i64 %".36", %".37"
  %".40" = getelementptr inbounds float, ptr %"param.X.p", i64 %".39"
  %".41" = getelementptr i8, ptr %".40", i64 0
  call void @"llvm.prefetch.p0"(ptr %".41", i32 0, i32 3, i32 1)
  %".43" = getelementptr i8, ptr %".40", i64 19
  call void @"llvm.prefetch.p0"(ptr %".43", i32 0, i32 3, i32 1)
  %".45" = getelementptr inbounds i32, ptr %"field.j.p", i64 %".33"
  %".46" = load i32, ptr %".45"
  %".47" = sext i32 %".46" to i64
  %".48" = mul i64 1, 5
  %".49" = mul i64 %".47", %".48"
  %".50" = getelementptr inbounds float, ptr %"param.X.p", i64 %".49"
  %".51" = getelementptr i8, ptr %".50", i64 0
  call void @"llvm.prefetch.p0"(ptr %".51", i32 0, i32 3, i32 1)
  %".53" = getelementptr i8, ptr %".50", i64 19
  call void @"llvm.prefetch.p0"(ptr %".53", i32 0, i32 3, i32 1)
  %".55" = getelementptr inbounds i32, ptr %"order..p", i64 %"ex"
  %"e" = load i32, ptr %".55", !alias.scope !3, !noalias !4
  %".56" = sext i32 %"e" to i64
  %".58" = add i64 %"t0.", %"ex"
  %".59" = sitofp i64 %".58" to float
  %".60" = fmul reassoc contract nsz arcp float 0x3fb99999a0000000, %".9"
  %".61" = fadd reassoc contract nsz arcp float 0x3ff0000000000000, %".60"
  %".62" = fdiv float 0x3fb99999a0000000, %".61"
  %".63" = mul i64 1, 5
  %".64" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".56"
  %".65" = load i32, ptr %".64", !alias.scope !3, !noalias !4
  %".66" = sext i32 %".65" to i64
  %".67" = mul i64 %".66", %".63"
  %".68" = add i64 0, %".67"
  %".69" = getelementptr inbounds float, ptr %"param.X.p", i64 %".68"
  %".70" = mul i64 1, 5
  %".71" = getelementptr inbounds i32, ptr %"field.j.p", i64 %".56"
  %".72" = load i32, ptr %".71", !alias.scope !3, !noalias !4
  %".73" = sext i32 %".72" to i64
  %".74" = mul i64 %".73", %".70"
  %".75" = add i64 0, %".74"
  %".76" = getelementptr inbounds float, ptr %"param.X.p", i64 %".75"
  store float              0x0, float* %"dot.acc"
  br label %"dot.head"
ex.done:
  %".126" = load double, double* %"loss.acc"
  store double %".126", ptr %"out"
  ret void
dot.head:
  %"dot" = phi  i64 [0, %"ex.body"], [%".89", %"dot.body"]
  %".79" = icmp slt i64 %"dot", 5
  br i1 %".79", label %"dot.body", label %"dot.done"
dot.body:
  %".81" = load float, float* %"dot.acc"
  %".82" = getelementptr inbounds float, ptr %".69", i64 %"dot"
  %".83" = load float, ptr %".82", !alias.scope !4, !noalias !3
  %".84" = getelementptr inbounds float, ptr %".76", i64 %"dot"
  %".85" = load float, ptr %".84", !alias.scope !4, !noalias !3
  %".86" = fmul reassoc contract nsz arcp float %".83", %".85"
  %".87" = fadd reassoc contract nsz arcp float %".81", %".86"
  store float %".87", float* %"dot.acc"
  %".89" = add i64 %"dot", 1
  br label %"dot.head"
dot.done:
  %".91" = load float, float* %"dot.acc"
  %".92" = getelementptr inbounds float, ptr %"field.a.p", i64 %".56"
  %".93" = load float, ptr %".92", !alias.scope !3, !noalias !4
  %".94" = fsub reassoc contract nsz arcp float %".91", %".93"
  %".95" = fmul reassoc contract nsz arcp float %".94", %".94"
  %".96" = fmul reassoc contract nsz arcp float 0x4000000000000000, %".94"
  %".97" = fpext float %".95" to double
  %".98" = load double, double* %"loss.acc"
  %".99" = fadd double %".98", %".97"
  store double %".99", double* %"loss.acc"
  br label %"rows.head"
rows.head:
  %"rows" = phi  i64 [0, %"dot.done"], [%".122", %"rows.body"]
  %".102" = icmp slt i64 %"rows", 5
  br i1 %".102", label %"rows.body", label %"rows.done"
rows.body:
  %".104" = getelementptr inbounds float, ptr %".76", i64 %"rows"
  %".105" = load float, ptr %".104", !alias.scope !4, !noalias !3
  %".106" = fmul reassoc contract nsz arcp float %".96", %".105"
  %".107" = getelementptr inbounds float, ptr %".69", i64 %"rows"
  %".108" = load float, ptr %".107", !alias.scope !4, !noalias !3
  %".109" = fmul reassoc contract nsz arcp float %".96", %".108"
  %".110" = getelementptr inbounds float, ptr %".69", i64 %"rows"
  %".111" = load float, ptr %".110", !alias.scope !4, !noalias !3
  %".112" = fmul reassoc contract nsz arcp float %".62", %".106"
  %".113" = fsub reassoc contract nsz arcp float %".111", %".112"
  %".114" = getelementptr inbounds float, ptr %".69", i64 %"rows"
  store float %".113", ptr %".114", !alias.scope !4, !noalias !3
  %".116" = getelementptr inbounds float, ptr %".76", i64 %"rows"
  %".117" = load float, ptr %".116", !alias.scope !4, !noalias !3
  %".118" = fmul reassoc contract nsz arcp float %".62", %".109"
  %".119" = fsub reassoc contract nsz arcp float %".117", %".118"
  %".120" = getelementptr inbounds float, ptr %".76", i64 %"rows"
  store float %".119", ptr %".120", !alias.scope !4, !noalias !3
  %".122" = add i64 %"rows", 1
  br label %"rows.head"
rows.done:
  %".124" = add i64 %"ex", 1
  br label %"ex.head"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

define void @"sgdc_predict"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".10" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"field.i" = load i64, ptr %".10"
  %"field.i.p" = inttoptr i64 %"field.i" to ptr
  %".16" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.X" = load i64, ptr %".16"
  %"param.X.p" = inttoptr i64 %"param.X" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"field.j" = load i64, ptr %".19"
  %"field.j.p" = inttoptr i64 %"field.j" to ptr
  %"dot.acc" = alloca float
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".44", %"dot.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".9" = mul i64 1, 5
  %".11" = getelementptr inbounds i32, ptr %"field.i.p", i64 %"ex"
  %".12" = load i32, ptr %".11", !alias.scope !3, !noalias !4
  %".13" = sext i32 %".12" to i64
  %".14" = mul i64 %".13", %".9"
  %".15" = add i64 0, %".14"
  %".17" = getelementptr inbounds float, ptr %"param.X.p", i64 %".15"
  %".18" = mul i64 1, 5
  %".20" = getelementptr inbounds i32, ptr %"field.j.p", i64 %"ex"
  %".21" = load i32, ptr %".20", !alias.scope !3, !noalias !4
  %".22" = sext i32 %".21" to i64
  %".23" = mul i64 %".22", %".18"
  %".24" = add i64 0, %".23"
  %".25" = getelementptr inbounds float, ptr %"param.X.p", i64 %".24"
  store float              0x0, float* %"dot.acc"
  br label %"dot.head"
ex.done:
  ret void
dot.head:
  %"dot" = phi  i64 [0, %"ex.body"], [%".38", %"dot.body"]
  %".28" = icmp slt i64 %"dot", 5
  br i1 %".28", label %"dot.body", label %"dot.done"
dot.body:
  %".30" = load float, float* %"dot.acc"
  %".31" = getelementptr inbounds float, ptr %".17", i64 %"dot"
  %".32" = load float, ptr %".31", !alias.scope !4, !noalias !3
  %".33" = getelementptr inbounds float, ptr %".25", i64 %"dot"
  %".34" = load float, ptr %".33", !alias.scope !4, !noalias !3
  %".35" = fmul reassoc contract nsz arcp float %".32", %".34"
  %".36" = fadd reassoc contract nsz arcp float %".30", %".35"
  store float %".36", float* %"dot.acc"
  %".38" = add i64 %"dot", 1
  br label %"dot.head"
dot.done:
  %".40" = load float, float* %"dot.acc"
  %".41" = fpext float %".40" to double
  %".42" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".41", ptr %".42"
  %".44" = add i64 %"ex", 1
  br label %"ex.head"
}

define void @"sgdc_losses"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".10" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"field.i" = load i64, ptr %".10"
  %"field.i.p" = inttoptr i64 %"field.i" to ptr
  %".16" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.X" = load i64, ptr %".16"
  %"param.X.p" = inttoptr i64 %"param.X" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"field.j" = load i64, ptr %".19"
  %"field.j.p" = inttoptr i64 %"field.j" to ptr
  %"dot.acc" = alloca float
  %".41" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"field.a" = load i64, ptr %".41"
  %"field.a.p" = inttoptr i64 %"field.a" to ptr
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".49", %"dot.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".9" = mul i64 1, 5
  %".11" = getelementptr inbounds i32, ptr %"field.i.p", i64 %"ex"
  %".12" = load i32, ptr %".11", !alias.scope !3, !noalias !4
  %".13" = sext i32 %".12" to i64
  %".14" = mul i64 %".13", %".9"
  %".15" = add i64 0, %".14"
  %".17" = getelementptr inbounds float, ptr %"param.X.p", i64 %".15"
  %".18" = mul i64 1, 5
  %".20" = getelementptr inbounds i32, ptr %"field.j.p", i64 %"ex"
  %".21" = load i32, ptr %".20", !alias.scope !3, !noalias !4
  %".22" = sext i32 %".21" to i64
  %".23" = mul i64 %".22", %".18"
  %".24" = add i64 0, %".23"
  %".25" = getelementptr inbounds float, ptr %"param.X.p", i64 %".24"
  store float              0x0, float* %"dot.acc"
  br label %"dot.head"
ex.done:
  ret void
dot.head:
  %"dot" = phi  i64 [0, %"ex.body"], [%".38", %"dot.body"]
  %".28" = icmp slt i64 %"dot", 5
  br i1 %".28", label %"dot.body", label %"dot.done"
dot.body:
  %".30" = load float, float* %"dot.acc"
  %".31" = getelementptr inbounds float, ptr %".17", i64 %"dot"
  %".32" = load float, ptr %".31", !alias.scope !4, !noalias !3
  %".33" = getelementptr inbounds float, ptr %".25", i64 %"dot"
  %".34" = load float, ptr %".33", !alias.scope !4, !noalias !3
  %".35" = fmul reassoc contract nsz arcp float %".32", %".34"
  %".36" = fadd reassoc contract nsz arcp float %".30", %".35"
  store float %".36", float* %"dot.acc"
  %".38" = add i64 %"dot", 1
  br label %"dot.head"
dot.done:
  %".40" = load float, float* %"dot.acc"
  %".42" = getelementptr inbounds float, ptr %"field.a.p", i64 %"ex"
  %".43" = load float, ptr %".42", !alias.scope !3, !noalias !4
  %".44" = fsub reassoc contract nsz arcp float %".40", %".43"
  %".45" = fmul reassoc contract nsz arcp float %".44", %".44"
  %".46" = fpext float %".45" to double
  %".47" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".46", ptr %".47"
  %".49" = add i64 %"ex", 1
  br label %"ex.head"
}

!0 = !{ !"sgdc.buffers" }
!1 = !{ !"sgdc.buffer.data", !0 }
!2 = !{ !"sgdc.buffer.X", !0 }
!3 = !{ !1 }
!4 = !{ !2 }