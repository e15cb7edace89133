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
  %".53" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"t0." = load i64, ptr %".53"
  %"dot.acc" = alloca float
  br label %"start"
start:
  store double              0x0, double* %"loss.acc"
  %".9" = sitofp i64 %"epoch." to float
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".120", %"rows.done"]
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
  %".43" = getelementptr inbounds i32, ptr %"field.j.p", i64 %".33"
  %".44" = load i32, ptr %".43"
  %".45" = sext i32 %".44" to i64
  %".46" = mul i64 1, 5
  %".47" = mul i64 %".45", %".46"
  %".48" = getelementptr inbounds float, ptr %"param.X.p", i64 %".47"
  %".49" = getelementptr i8, ptr %".48", i64 0
  call void @"llvm.prefetch.p0"(ptr %".49", i32 0, i32 3, i32 1)
  %".51" = getelementptr inbounds i32, ptr %"order..p", i64 %"ex"
  %"e" = load i32, ptr %".51", !alias.scope !3, !noalias !4
  %".52" = sext i32 %"e" to i64
  %".54" = add i64 %"t0.", %"ex"
  %".55" = sitofp i64 %".54" to float
  %".56" = fmul reassoc contract nsz arcp float 0x3fb99999a0000000, %".9"
  %".57" = fadd reassoc contract nsz arcp float 0x3ff0000000000000, %".56"
  %".58" = fdiv float 0x3fb99999a0000000, %".57"
  %".59" = mul i64 1, 5
  %".60" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".52"
  %".61" = load i32, ptr %".60", !alias.scope !3, !noalias !4
  %".62" = sext i32 %".61" to i64
  %".63" = mul i64 %".62", %".59"
  %".64" = add i64 0, %".63"
  %".65" = getelementptr inbounds float, ptr %"param.X.p", i64 %".64"
  %".66" = mul i64 1, 5
  %".67" = getelementptr inbounds i32, ptr %"field.j.p", i64 %".52"
  %".68" = load i32, ptr %".67", !alias.scope !3, !noalias !4
  %".69" = sext i32 %".68" to i64
  %".70" = mul i64 %".69", %".66"
  %".71" = add i64 0, %".70"
  %".72" = getelementptr inbounds float, ptr %"param.X.p", i64 %".71"
  store float              0x0, float* %"dot.acc"
  br label %"dot.head"
ex.done:
  %".122" = load double, double* %"loss.acc"
  store double %".122", ptr %"out"
  ret void
dot.head:
  %"dot" = phi  i64 [0, %"ex.body"], [%".85", %"dot.body"]
  %".75" = icmp slt i64 %"dot", 5
  br i1 %".75", label %"dot.body", label %"dot.done"
dot.body:
  %".77" = load float, float* %"dot.acc"
  %".78" = getelementptr inbounds float, ptr %".65", i64 %"dot"
  %".79" = load float, ptr %".78", !alias.scope !4, !noalias !3
  %".80" = getelementptr inbounds float, ptr %".72", i64 %"dot"
  %".81" = load float, ptr %".80", !alias.scope !4, !noalias !3
  %".82" = fmul reassoc contract nsz arcp float %".79", %".81"
  %".83" = fadd reassoc contract nsz arcp float %".77", %".82"
  store float %".83", float* %"dot.acc"
  %".85" = add i64 %"dot", 1
  br label %"dot.head"
dot.done:
  %".87" = load float, float* %"dot.acc"
  %".88" = getelementptr inbounds float, ptr %"field.a.p", i64 %".52"
  %".89" = load float, ptr %".88", !alias.scope !3, !noalias !4
  %".90" = fsub reassoc contract nsz arcp float %".87", %".89"
  %".91" = fmul reassoc contract nsz arcp float %".90", %".90"
  %".92" = fmul reassoc contract nsz arcp float 0x4000000000000000, %".90"
  %".93" = fpext float %".91" to double
  %".94" = load double, double* %"loss.acc"
  %".95" = fadd double %".94", %".93"
  store double %".95", double* %"loss.acc"
  br label %"rows.head"
rows.head:
  %"rows" = phi  i64 [0, %"dot.done"], [%".118", %"rows.body"]
  %".98" = icmp slt i64 %"rows", 5
  br i1 %".98", label %"rows.body", label %"rows.done"
rows.body:
  %".100" = getelementptr inbounds float, ptr %".72", i64 %"rows"
  %".101" = load float, ptr %".100", !alias.scope !4, !noalias !3
  %".102" = fmul reassoc contract nsz arcp float %".92", %".101"
  %".103" = getelementptr inbounds float, ptr %".65", i64 %"rows"
  %".104" = load float, ptr %".103", !alias.scope !4, !noalias !3
  %".105" = fmul reassoc contract nsz arcp float %".92", %".104"
  %".106" = getelementptr inbounds float, ptr %".65", i64 %"rows"
  %".107" = load float, ptr %".106", !alias.scope !4, !noalias !3
  %".108" = fmul reassoc contract nsz arcp float %".58", %".102"
  %".109" = fsub reassoc contract nsz arcp float %".107", %".108"
  %".110" = getelementptr inbounds float, ptr %".65", i64 %"rows"
  store float %".109", ptr %".110", !alias.scope !4, !noalias !3
  %".112" = getelementptr inbounds float, ptr %".72", i64 %"rows"
  %".113" = load float, ptr %".112", !alias.scope !4, !noalias !3
  %".114" = fmul reassoc contract nsz arcp float %".58", %".105"
  %".115" = fsub reassoc contract nsz arcp float %".113", %".114"
  %".116" = getelementptr inbounds float, ptr %".72", i64 %"rows"
  store float %".115", ptr %".116", !alias.scope !4, !noalias !3
  %".118" = add i64 %"rows", 1
  br label %"rows.head"
rows.done:
  %".120" = add i64 %"ex", 1
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