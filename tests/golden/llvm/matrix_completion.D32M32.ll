; llvmlite 0.50.0
; ModuleID = "sgdc.matrix_completion"
target triple = "unknown-unknown-unknown"
target datalayout = ""

define void @"sgdc_train"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %"loss.acc" = alloca double
  %".7" = getelementptr inbounds i64, ptr %"slots", i64 10
  %"order." = load i64, ptr %".7"
  %"order..p" = inttoptr i64 %"order." to ptr
  %".8" = getelementptr inbounds i64, ptr %"slots", i64 11
  %"epoch." = load i64, ptr %".8"
  %".10" = getelementptr inbounds i64, ptr %"slots", i64 25
  %"push." = load i64, ptr %".10"
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 26
  %"share." = load i64, ptr %".11"
  %".12" = trunc i64 %"share." to i32
  %".13" = bitcast i32 %".12" to float
  %".14" = icmp sgt i64 %"push.", 0
  %"push.left" = alloca i64
  %".17" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.mu" = load i64, ptr %".17"
  %"param.mu.p" = inttoptr i64 %"param.mu" to ptr
  %".18" = getelementptr inbounds i64, ptr %"slots", i64 15
  %"master.mu" = load i64, ptr %".18"
  %"master.mu.p" = inttoptr i64 %"master.mu" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 20
  %"base.mu" = load i64, ptr %".19"
  %"base.mu.p" = inttoptr i64 %"base.mu" to ptr
  %".41" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"field.u" = load i64, ptr %".41"
  %"field.u.p" = inttoptr i64 %"field.u" to ptr
  %".44" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"field.i" = load i64, ptr %".44"
  %"field.i.p" = inttoptr i64 %"field.i" to ptr
  %".47" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"field.r" = load i64, ptr %".47"
  %"field.r.p" = inttoptr i64 %"field.r" to ptr
  %".59" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.bu" = load i64, ptr %".59"
  %"param.bu.p" = inttoptr i64 %"param.bu" to ptr
  %".69" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.bi" = load i64, ptr %".69"
  %"param.bi.p" = inttoptr i64 %"param.bi" to ptr
  %".80" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"param.L" = load i64, ptr %".80"
  %"param.L.p" = inttoptr i64 %"param.L" to ptr
  %".97" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"param.R" = load i64, ptr %".97"
  %"param.R.p" = inttoptr i64 %"param.R" to ptr
  %".112" = getelementptr inbounds i64, ptr %"slots", i64 12
  %"t0." = load i64, ptr %".112"
  %"dot.acc" = alloca float
  br label %"start"
start:
  store double              0x0, double* %"loss.acc"
  %".9" = sitofp i64 %"epoch." to float
  br i1 %".14", label %"start.if", label %"start.endif"
start.if:
  store i64 %"push.", i64* %"push.left"
  br label %"cp.head"
start.endif:
  br label %"ex.head"
cp.head:
  %"cp" = phi  i64 [0, %"start.if"], [%".29", %"cp.body"]
  %".21" = icmp slt i64 %"cp", 1
  br i1 %".21", label %"cp.body", label %"cp.done"
cp.body:
  %".23" = getelementptr inbounds float, ptr %"master.mu.p", i64 %"cp"
  %".24" = load atomic float, ptr %".23" monotonic, align 4
  %".25" = getelementptr inbounds float, ptr %"param.mu.p", i64 %"cp"
  store float %".24", ptr %".25"
  %".27" = getelementptr inbounds float, ptr %"base.mu.p", i64 %"cp"
  store float %".24", ptr %".27"
  %".29" = add i64 %"cp", 1
  br label %"cp.head"
cp.done:
  br label %"start.endif"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start.endif"], [%".246", %"rows.done.endif"]
  %".33" = icmp slt i64 %"ex", %"end"
  br i1 %".33", label %"ex.body", label %"ex.done"
ex.body:
  %".35" = add i64 %"ex", 16
  %".36" = icmp slt i64 %".35", %"end"
  %".37" = select  i1 %".36", i64 %".35", i64 %"ex"
  %".38" = getelementptr inbounds i32, ptr %"order..p", i64 %".37"
  %".39" = load i32, ptr %".38"
  %".40" = sext i32 %".39" to i64
  %".42" = getelementptr inbounds i32, ptr %"field.u.p", i64 %".40"
  call void @"llvm.prefetch.p0"(ptr %".42", i32 0, i32 3, i32 1)
  %".45" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".40"
  call void @"llvm.prefetch.p0"(ptr %".45", i32 0, i32 3, i32 1)
  %".48" = getelementptr inbounds i32, ptr %"field.r.p", i64 %".40"
  call void @"llvm.prefetch.p0"(ptr %".48", i32 0, i32 3, i32 1)
  %".50" = add i64 %"ex", 8
  %".51" = icmp slt i64 %".50", %"end"
  %".52" = select  i1 %".51", i64 %".50", i64 %"ex"
  %".53" = getelementptr inbounds i32, ptr %"order..p", i64 %".52"
  %".54" = load i32, ptr %".53"
  %".55" = sext i32 %".54" to i64
  %".56" = getelementptr inbounds i32, ptr %"field.u.p", i64 %".55"
  %".57" = load i32, ptr %".56"
  %".58" = sext i32 %".57" to i64
  %".60" = mul i64 %".58", 1
  %".61" = getelementptr inbounds float, ptr %"param.bu.p", i64 %".60"
  %".62" = getelementptr i8, ptr %".61", i64 0
  call void @"llvm.prefetch.p0"(ptr %".62", i32 0, i32 3, i32 1)
  %".64" = getelementptr i8, ptr %".61", i64 3
  call void @"llvm.prefetch.p0"(ptr %".64", i32 0, i32 3, i32 1)
  %".66" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".55"
  %".67" = load i32, ptr %".66"
  %".68" = sext i32 %".67" to i64
  %".70" = mul i64 %".68", 1
  %".71" = getelementptr inbounds float, ptr %"param.bi.p", i64 %".70"
  %".72" = getelementptr i8, ptr %".71", i64 0
  call void @"llvm.prefetch.p0"(ptr %".72", i32 0, i32 3, i32 1)
  %".74" = getelementptr i8, ptr %".71", i64 3
  call void @"llvm.prefetch.p0"(ptr %".74", i32 0, i32 3, i32 1)
  %".76" = getelementptr inbounds i32, ptr %"field.u.p", i64 %".55"
  %".77" = load i32, ptr %".76"
  %".78" = sext i32 %".77" to i64
  %".79" = mul i64 1, 50
  %".81" = mul i64 %".78", %".79"
  %".82" = getelementptr inbounds float, ptr %"param.L.p", i64 %".81"
  %".83" = getelementptr i8, ptr %".82", i64 0
  call void @"llvm.prefetch.p0"(ptr %".83", i32 0, i32 3, i32 1)
  %".85" = getelementptr i8, ptr %".82", i64 64
  call void @"llvm.prefetch.p0"(ptr %".85", i32 0, i32 3, i32 1)
  %".87" = getelementptr i8, ptr %".82", i64 128
  call void @"llvm.prefetch.p0"(ptr %".87", i32 0, i32 3, i32 1)
  %".89" = getelementptr i8, ptr %".82", i64 192
  call void @"llvm.prefetch.p0"(ptr %".89", i32 0, i32 3, i32 1)
  %".91" = getelementptr i8, ptr %".82", i64 199
  call void @"llvm.prefetch.p0"(ptr %".91", i32 0, i32 3, i32 1)
  %".93" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".55"
  %".94" = load i32, ptr %".93"
  %".95" = sext i32 %".94" to i64
  %".96" = mul i64 1, 50
  %".98" = mul i64 %".95", %".96"
  %".99" = getelementptr inbounds float, ptr %"param.R.p", i64 %".98"
  %".100" = getelementptr i8, ptr %".99", i64 0
  call void @"llvm.prefetch.p0"(ptr %".100", i32 0, i32 3, i32 1)
  %".102" = getelementptr i8, ptr %".99", i64 64
  call void @"llvm.prefetch.p0"(ptr %".102", i32 0, i32 3, i32 1)
  %".104" = getelementptr i8, ptr %".99", i64 128
  call void @"llvm.prefetch.p0"(ptr %".104", i32 0, i32 3, i32 1)
  %".106" = getelementptr i8, ptr %".99", i64 192
  call void @"llvm.prefetch.p0"(ptr %".106", i32 0, i32 3, i32 1)
  %".108" = getelementptr i8, ptr %".99", i64 199
  call void @"llvm.prefetch.p0"(ptr %".108", i32 0, i32 3, i32 1)
  %".110" = getelementptr inbounds i32, ptr %"order..p", i64 %"ex"
  %"e" = load i32, ptr %".110", !alias.scope !7, !noalias !8
  %".111" = sext i32 %"e" to i64
  %".113" = add i64 %"t0.", %"ex"
  %".114" = sitofp i64 %".113" to float
  %".115" = fmul reassoc contract nsz arcp float 0x3fc99999a0000000, %".9"
  %".116" = fadd reassoc contract nsz arcp float 0x3ff0000000000000, %".115"
  %".117" = fdiv float 0x3f947ae140000000, %".116"
  %".118" = getelementptr inbounds float, ptr %"param.mu.p", i64 0
  %".119" = getelementptr inbounds i32, ptr %"field.u.p", i64 %".111"
  %".120" = load i32, ptr %".119", !alias.scope !7, !noalias !8
  %".121" = sext i32 %".120" to i64
  %".122" = mul i64 %".121", 1
  %".123" = add i64 0, %".122"
  %".124" = getelementptr inbounds float, ptr %"param.bu.p", i64 %".123"
  %".125" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".111"
  %".126" = load i32, ptr %".125", !alias.scope !7, !noalias !8
  %".127" = sext i32 %".126" to i64
  %".128" = mul i64 %".127", 1
  %".129" = add i64 0, %".128"
  %".130" = getelementptr inbounds float, ptr %"param.bi.p", i64 %".129"
  %".131" = mul i64 1, 50
  %".132" = mul i64 %".121", %".131"
  %".133" = add i64 0, %".132"
  %".134" = getelementptr inbounds float, ptr %"param.L.p", i64 %".133"
  %".135" = mul i64 1, 50
  %".136" = mul i64 %".127", %".135"
  %".137" = add i64 0, %".136"
  %".138" = getelementptr inbounds float, ptr %"param.R.p", i64 %".137"
  %".139" = getelementptr inbounds float, ptr %".118", i64 0
  %".140" = load float, ptr %".139", !alias.scope !9, !noalias !10
  %".141" = getelementptr inbounds float, ptr %".124", i64 0
  %".142" = load float, ptr %".141", !alias.scope !11, !noalias !12
  %".143" = fadd reassoc contract nsz arcp float %".140", %".142"
  %".144" = getelementptr inbounds float, ptr %".130", i64 0
  %".145" = load float, ptr %".144", !alias.scope !13, !noalias !14
  %".146" = fadd reassoc contract nsz arcp float %".143", %".145"
  store float              0x0, float* %"dot.acc"
  br label %"dot.head"
ex.done:
  br i1 %".14", label %"ex.done.if", label %"ex.done.endif"
dot.head:
  %"dot" = phi  i64 [0, %"ex.body"], [%".159", %"dot.body"]
  %".149" = icmp slt i64 %"dot", 50
  br i1 %".149", label %"dot.body", label %"dot.done"
dot.body:
  %".151" = load float, float* %"dot.acc"
  %".152" = getelementptr inbounds float, ptr %".134", i64 %"dot"
  %".153" = load float, ptr %".152", !alias.scope !15, !noalias !16
  %".154" = getelementptr inbounds float, ptr %".138", i64 %"dot"
  %".155" = load float, ptr %".154", !alias.scope !17, !noalias !18
  %".156" = fmul reassoc contract nsz arcp float %".153", %".155"
  %".157" = fadd reassoc contract nsz arcp float %".151", %".156"
  store float %".157", float* %"dot.acc"
  %".159" = add i64 %"dot", 1
  br label %"dot.head"
dot.done:
  %".161" = load float, float* %"dot.acc"
  %".162" = fadd reassoc contract nsz arcp float %".146", %".161"
  %".163" = getelementptr inbounds float, ptr %"field.r.p", i64 %".111"
  %".164" = load float, ptr %".163", !alias.scope !7, !noalias !8
  %".165" = fsub reassoc contract nsz arcp float %".162", %".164"
  %".166" = fmul reassoc contract nsz arcp float %".165", %".165"
  %".167" = fmul reassoc contract nsz arcp float 0x4000000000000000, %".165"
  %".168" = fpext float %".166" to double
  %".169" = load double, double* %"loss.acc"
  %".170" = fadd double %".169", %".168"
  store double %".170", double* %"loss.acc"
  %".172" = getelementptr inbounds float, ptr %".118", i64 0
  %".173" = load float, ptr %".172", !alias.scope !9, !noalias !10
  %".174" = fmul reassoc contract nsz arcp float %".117", %".167"
  %".175" = fsub reassoc contract nsz arcp float %".173", %".174"
  %".176" = getelementptr inbounds float, ptr %".118", i64 0
  store float %".175", ptr %".176", !alias.scope !9, !noalias !10
  %".178" = getelementptr inbounds float, ptr %".124", i64 0
  %".179" = load float, ptr %".178", !alias.scope !11, !noalias !12
  %".180" = fmul reassoc contract nsz arcp float 0x3fa99999a0000000, %".179"
  %".181" = fadd reassoc contract nsz arcp float %".167", %".180"
  %".182" = fmul reassoc contract nsz arcp float %".117", %".181"
  %".183" = fsub reassoc contract nsz arcp float %".179", %".182"
  %".184" = getelementptr inbounds float, ptr %".124", i64 0
  store float %".183", ptr %".184", !alias.scope !11, !noalias !12
  %".186" = getelementptr inbounds float, ptr %".130", i64 0
  %".187" = load float, ptr %".186", !alias.scope !13, !noalias !14
  %".188" = fmul reassoc contract nsz arcp float 0x3fa99999a0000000, %".187"
  %".189" = fadd reassoc contract nsz arcp float %".167", %".188"
  %".190" = fmul reassoc contract nsz arcp float %".117", %".189"
  %".191" = fsub reassoc contract nsz arcp float %".187", %".190"
  %".192" = getelementptr inbounds float, ptr %".130", i64 0
  store float %".191", ptr %".192", !alias.scope !13, !noalias !14
  br label %"rows.head"
rows.head:
  %"rows" = phi  i64 [0, %"dot.done"], [%".219", %"rows.body"]
  %".195" = icmp slt i64 %"rows", 50
  br i1 %".195", label %"rows.body", label %"rows.done"
rows.body:
  %".197" = getelementptr inbounds float, ptr %".138", i64 %"rows"
  %".198" = load float, ptr %".197", !alias.scope !17, !noalias !18
  %".199" = fmul reassoc contract nsz arcp float %".167", %".198"
  %".200" = getelementptr inbounds float, ptr %".134", i64 %"rows"
  %".201" = load float, ptr %".200", !alias.scope !15, !noalias !16
  %".202" = fmul reassoc contract nsz arcp float %".167", %".201"
  %".203" = getelementptr inbounds float, ptr %".134", i64 %"rows"
  %".204" = load float, ptr %".203", !alias.scope !15, !noalias !16
  %".205" = fmul reassoc contract nsz arcp float 0x3fc99999a0000000, %".204"
  %".206" = fadd reassoc contract nsz arcp float %".199", %".205"
  %".207" = fmul reassoc contract nsz arcp float %".117", %".206"
  %".208" = fsub reassoc contract nsz arcp float %".204", %".207"
  %".209" = getelementptr inbounds float, ptr %".134", i64 %"rows"
  store float %".208", ptr %".209", !alias.scope !15, !noalias !16
  %".211" = getelementptr inbounds float, ptr %".138", i64 %"rows"
  %".212" = load float, ptr %".211", !alias.scope !17, !noalias !18
  %".213" = fmul reassoc contract nsz arcp float 0x3fc99999a0000000, %".212"
  %".214" = fadd reassoc contract nsz arcp float %".202", %".213"
  %".215" = fmul reassoc contract nsz arcp float %".117", %".214"
  %".216" = fsub reassoc contract nsz arcp float %".212", %".215"
  %".217" = getelementptr inbounds float, ptr %".138", i64 %"rows"
  store float %".216", ptr %".217", !alias.scope !17, !noalias !18
  %".219" = add i64 %"rows", 1
  br label %"rows.head"
rows.done:
  br i1 %".14", label %"rows.done.if", label %"rows.done.endif"
rows.done.if:
  %".222" = load i64, i64* %"push.left"
  %".223" = sub i64 %".222", 1
  store i64 %".223", i64* %"push.left"
  %".225" = icmp sle i64 %".223", 0
  br i1 %".225", label %"rows.done.if.if", label %"rows.done.if.endif"
rows.done.endif:
  %".246" = add i64 %"ex", 1
  br label %"ex.head"
rows.done.if.if:
  br label %"cp.head.1"
rows.done.if.endif:
  br label %"rows.done.endif"
cp.head.1:
  %"cp.1" = phi  i64 [0, %"rows.done.if.if"], [%".241", %"cp.body.1"]
  %".228" = icmp slt i64 %"cp.1", 1
  br i1 %".228", label %"cp.body.1", label %"cp.done.1"
cp.body.1:
  %".230" = getelementptr inbounds float, ptr %"param.mu.p", i64 %"cp.1"
  %".231" = getelementptr inbounds float, ptr %"base.mu.p", i64 %"cp.1"
  %".232" = getelementptr inbounds float, ptr %"master.mu.p", i64 %"cp.1"
  %".233" = load float, ptr %".230"
  %".234" = load float, ptr %".231"
  %".235" = fsub float %".233", %".234"
  %".236" = fmul reassoc contract nsz arcp float %".235", %".13"
  %".237" = atomicrmw fadd ptr %".232", float %".236" monotonic
  %".238" = load atomic float, ptr %".232" monotonic, align 4
  store float %".238", ptr %".230"
  store float %".238", ptr %".231"
  %".241" = add i64 %"cp.1", 1
  br label %"cp.head.1"
cp.done.1:
  store i64 %"push.", i64* %"push.left"
  br label %"rows.done.if.endif"
ex.done.if:
  br label %"cp.head.2"
ex.done.endif:
  %".266" = load double, double* %"loss.acc"
  store double %".266", ptr %"out"
  ret void
cp.head.2:
  %"cp.2" = phi  i64 [0, %"ex.done.if"], [%".263", %"cp.body.2"]
  %".250" = icmp slt i64 %"cp.2", 1
  br i1 %".250", label %"cp.body.2", label %"cp.done.2"
cp.body.2:
  %".252" = getelementptr inbounds float, ptr %"param.mu.p", i64 %"cp.2"
  %".253" = getelementptr inbounds float, ptr %"base.mu.p", i64 %"cp.2"
  %".254" = getelementptr inbounds float, ptr %"master.mu.p", i64 %"cp.2"
  %".255" = load float, ptr %".252"
  %".256" = load float, ptr %".253"
  %".257" = fsub float %".255", %".256"
  %".258" = fmul reassoc contract nsz arcp float %".257", %".13"
  %".259" = atomicrmw fadd ptr %".254", float %".258" monotonic
  %".260" = load atomic float, ptr %".254" monotonic, align 4
  store float %".260", ptr %".252"
  store float %".260", ptr %".253"
  %".263" = add i64 %"cp.2", 1
  br label %"cp.head.2"
cp.done.2:
  br label %"ex.done.endif"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

define void @"sgdc_predict"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.mu" = load i64, ptr %".9"
  %"param.mu.p" = inttoptr i64 %"param.mu" to ptr
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"field.u" = load i64, ptr %".11"
  %"field.u.p" = inttoptr i64 %"field.u" to ptr
  %".17" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.bu" = load i64, ptr %".17"
  %"param.bu.p" = inttoptr i64 %"param.bu" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"field.i" = load i64, ptr %".19"
  %"field.i.p" = inttoptr i64 %"field.i" to ptr
  %".25" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.bi" = load i64, ptr %".25"
  %"param.bi.p" = inttoptr i64 %"param.bi" to ptr
  %".30" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"param.L" = load i64, ptr %".30"
  %"param.L.p" = inttoptr i64 %"param.L" to ptr
  %".35" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"param.R" = load i64, ptr %".35"
  %"param.R.p" = inttoptr i64 %"param.R" to ptr
  %"dot.acc" = alloca float
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".64", %"dot.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds float, ptr %"param.mu.p", i64 0
  %".12" = getelementptr inbounds i32, ptr %"field.u.p", i64 %"ex"
  %".13" = load i32, ptr %".12", !alias.scope !7, !noalias !8
  %".14" = sext i32 %".13" to i64
  %".15" = mul i64 %".14", 1
  %".16" = add i64 0, %".15"
  %".18" = getelementptr inbounds float, ptr %"param.bu.p", i64 %".16"
  %".20" = getelementptr inbounds i32, ptr %"field.i.p", i64 %"ex"
  %".21" = load i32, ptr %".20", !alias.scope !7, !noalias !8
  %".22" = sext i32 %".21" to i64
  %".23" = mul i64 %".22", 1
  %".24" = add i64 0, %".23"
  %".26" = getelementptr inbounds float, ptr %"param.bi.p", i64 %".24"
  %".27" = mul i64 1, 50
  %".28" = mul i64 %".14", %".27"
  %".29" = add i64 0, %".28"
  %".31" = getelementptr inbounds float, ptr %"param.L.p", i64 %".29"
  %".32" = mul i64 1, 50
  %".33" = mul i64 %".22", %".32"
  %".34" = add i64 0, %".33"
  %".36" = getelementptr inbounds float, ptr %"param.R.p", i64 %".34"
  %".37" = getelementptr inbounds float, ptr %".10", i64 0
  %".38" = load float, ptr %".37", !alias.scope !9, !noalias !10
  %".39" = getelementptr inbounds float, ptr %".18", i64 0
  %".40" = load float, ptr %".39", !alias.scope !11, !noalias !12
  %".41" = fadd reassoc contract nsz arcp float %".38", %".40"
  %".42" = getelementptr inbounds float, ptr %".26", i64 0
  %".43" = load float, ptr %".42", !alias.scope !13, !noalias !14
  %".44" = fadd reassoc contract nsz arcp float %".41", %".43"
  store float              0x0, float* %"dot.acc"
  br label %"dot.head"
ex.done:
  ret void
dot.head:
  %"dot" = phi  i64 [0, %"ex.body"], [%".57", %"dot.body"]
  %".47" = icmp slt i64 %"dot", 50
  br i1 %".47", label %"dot.body", label %"dot.done"
dot.body:
  %".49" = load float, float* %"dot.acc"
  %".50" = getelementptr inbounds float, ptr %".31", i64 %"dot"
  %".51" = load float, ptr %".50", !alias.scope !15, !noalias !16
  %".52" = getelementptr inbounds float, ptr %".36", i64 %"dot"
  %".53" = load float, ptr %".52", !alias.scope !17, !noalias !18
  %".54" = fmul reassoc contract nsz arcp float %".51", %".53"
  %".55" = fadd reassoc contract nsz arcp float %".49", %".54"
  store float %".55", float* %"dot.acc"
  %".57" = add i64 %"dot", 1
  br label %"dot.head"
dot.done:
  %".59" = load float, float* %"dot.acc"
  %".60" = fadd reassoc contract nsz arcp float %".44", %".59"
  %".61" = fpext float %".60" to double
  %".62" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".61", ptr %".62"
  %".64" = add i64 %"ex", 1
  br label %"ex.head"
}

define void @"sgdc_losses"(ptr %"slots", i64 %"begin", i64 %"end", ptr %"out")
{
entry:
  %".9" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.mu" = load i64, ptr %".9"
  %"param.mu.p" = inttoptr i64 %"param.mu" to ptr
  %".11" = getelementptr inbounds i64, ptr %"slots", i64 5
  %"field.u" = load i64, ptr %".11"
  %"field.u.p" = inttoptr i64 %"field.u" to ptr
  %".17" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"param.bu" = load i64, ptr %".17"
  %"param.bu.p" = inttoptr i64 %"param.bu" to ptr
  %".19" = getelementptr inbounds i64, ptr %"slots", i64 6
  %"field.i" = load i64, ptr %".19"
  %"field.i.p" = inttoptr i64 %"field.i" to ptr
  %".25" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"param.bi" = load i64, ptr %".25"
  %"param.bi.p" = inttoptr i64 %"param.bi" to ptr
  %".30" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"param.L" = load i64, ptr %".30"
  %"param.L.p" = inttoptr i64 %"param.L" to ptr
  %".35" = getelementptr inbounds i64, ptr %"slots", i64 4
  %"param.R" = load i64, ptr %".35"
  %"param.R.p" = inttoptr i64 %"param.R" to ptr
  %"dot.acc" = alloca float
  %".61" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"field.r" = load i64, ptr %".61"
  %"field.r.p" = inttoptr i64 %"field.r" to ptr
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".69", %"dot.done"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".10" = getelementptr inbounds float, ptr %"param.mu.p", i64 0
  %".12" = getelementptr inbounds i32, ptr %"field.u.p", i64 %"ex"
  %".13" = load i32, ptr %".12", !alias.scope !7, !noalias !8
  %".14" = sext i32 %".13" to i64
  %".15" = mul i64 %".14", 1
  %".16" = add i64 0, %".15"
  %".18" = getelementptr inbounds float, ptr %"param.bu.p", i64 %".16"
  %".20" = getelementptr inbounds i32, ptr %"field.i.p", i64 %"ex"
  %".21" = load i32, ptr %".20", !alias.scope !7, !noalias !8
  %".22" = sext i32 %".21" to i64
  %".23" = mul i64 %".22", 1
  %".24" = add i64 0, %".23"
  %".26" = getelementptr inbounds float, ptr %"param.bi.p", i64 %".24"
  %".27" = mul i64 1, 50
  %".28" = mul i64 %".14", %".27"
  %".29" = add i64 0, %".28"
  %".31" = getelementptr inbounds float, ptr %"param.L.p", i64 %".29"
  %".32" = mul i64 1, 50
  %".33" = mul i64 %".22", %".32"
  %".34" = add i64 0, %".33"
  %".36" = getelementptr inbounds float, ptr %"param.R.p", i64 %".34"
  %".37" = getelementptr inbounds float, ptr %".10", i64 0
  %".38" = load float, ptr %".37", !alias.scope !9, !noalias !10
  %".39" = getelementptr inbounds float, ptr %".18", i64 0
  %".40" = load float, ptr %".39", !alias.scope !11, !noalias !12
  %".41" = fadd reassoc contract nsz arcp float %".38", %".40"
  %".42" = getelementptr inbounds float, ptr %".26", i64 0
  %".43" = load float, ptr %".42", !alias.scope !13, !noalias !14
  %".44" = fadd reassoc contract nsz arcp float %".41", %".43"
  store float              0x0, float* %"dot.acc"
  br label %"dot.head"
ex.done:
  ret void
dot.head:
  %"dot" = phi  i64 [0, %"ex.body"], [%".57", %"dot.body"]
  %".47" = icmp slt i64 %"dot", 50
  br i1 %".47", label %"dot.body", label %"dot.done"
dot.body:
  %".49" = load float, float* %"dot.acc"
  %".50" = getelementptr inbounds float, ptr %".31", i64 %"dot"
  %".51" = load float, ptr %".50", !alias.scope !15, !noalias !16
  %".52" = getelementptr inbounds float, ptr %".36", i64 %"dot"
  %".53" = load float, ptr %".52", !alias.scope !17, !noalias !18
  %".54" = fmul reassoc contract nsz arcp float %".51", %".53"
  %".55" = fadd reassoc contract nsz arcp float %".49", %".54"
  store float %".55", float* %"dot.acc"
  %".57" = add i64 %"dot", 1
  br label %"dot.head"
dot.done:
  %".59" = load float, float* %"dot.acc"
  %".60" = fadd reassoc contract nsz arcp float %".44", %".59"
  %".62" = getelementptr inbounds float, ptr %"field.r.p", i64 %"ex"
  %".63" = load float, ptr %".62", !alias.scope !7, !noalias !8
  %".64" = fsub reassoc contract nsz arcp float %".60", %".63"
  %".65" = fmul reassoc contract nsz arcp float %".64", %".64"
  %".66" = fpext float %".65" to double
  %".67" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".66", ptr %".67"
  %".69" = add i64 %"ex", 1
  br label %"ex.head"
}

!0 = !{ !"sgdc.buffers" }
!1 = !{ !"sgdc.buffer.data", !0 }
!2 = !{ !"sgdc.buffer.mu", !0 }
!3 = !{ !"sgdc.buffer.bu", !0 }
!4 = !{ !"sgdc.buffer.bi", !0 }
!5 = !{ !"sgdc.buffer.L", !0 }
!6 = !{ !"sgdc.buffer.R", !0 }
!7 = !{ !1 }
!8 = !{ !2, !3, !4, !5, !6 }
!9 = !{ !2 }
!10 = !{ !1, !3, !4, !5, !6 }
!11 = !{ !3 }
!12 = !{ !1, !2, !4, !5, !6 }
!13 = !{ !4 }
!14 = !{ !1, !2, !3, !5, !6 }
!15 = !{ !5 }
!16 = !{ !1, !2, !3, !4, !6 }
!17 = !{ !6 }
!18 = !{ !1, !2, !3, !4, !5 }