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
  %"rng.state" = alloca i32
  %".10" = getelementptr inbounds i64, ptr %"slots", i64 9
  %"rng." = load i64, ptr %".10"
  %"rng..p" = inttoptr i64 %"rng." to ptr
  %".11" = load i32, ptr %"rng..p"
  store i32 %".11", i32* %"rng.state"
  %".22" = getelementptr inbounds i64, ptr %"slots", i64 1
  %"field.i" = load i64, ptr %".22"
  %"field.i.p" = inttoptr i64 %"field.i" to ptr
  %".25" = getelementptr inbounds i64, ptr %"slots", i64 2
  %"field.j" = load i64, ptr %".25"
  %"field.j.p" = inttoptr i64 %"field.j" to ptr
  %".28" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"field.a" = load i64, ptr %".28"
  %"field.a.p" = inttoptr i64 %"field.a" to ptr
  %".41" = getelementptr inbounds i64, ptr %"slots", i64 0
  %"param.X" = load i64, ptr %".41"
  %"param.X.p" = inttoptr i64 %"param.X" to ptr
  %".56" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"t0." = load i64, ptr %".56"
  %"idot.acc" = alloca i64
  %"idot.acc32" = alloca i32
  br label %"start"
start:
  store double              0x0, double* %"loss.acc"
  %".9" = sitofp i64 %"epoch." to float
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".215", %"rows.done"]
  %".14" = icmp slt i64 %"ex", %"end"
  br i1 %".14", label %"ex.body", label %"ex.done"
ex.body:
  %".16" = add i64 %"ex", 16
  %".17" = icmp slt i64 %".16", %"end"
  %".18" = select  i1 %".17", i64 %".16", i64 %"ex"
  %".19" = getelementptr inbounds i32, ptr %"order..p", i64 %".18"
  %".20" = load i32, ptr %".19"
  %".21" = sext i32 %".20" to i64
  %".23" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".21"
  call void @"llvm.prefetch.p0"(ptr %".23", i32 0, i32 3, i32 1)
  %".26" = getelementptr inbounds i32, ptr %"field.j.p", i64 %".21"
  call void @"llvm.prefetch.p0"(ptr %".26", i32 0, i32 3, i32 1)
  %".29" = getelementptr inbounds i32, ptr %"field.a.p", i64 %".21"
  call void @"llvm.prefetch.p0"(ptr %".29", i32 0, i32 3, i32 1)
  %".31" = add i64 %"ex", 8
  %".32" = icmp slt i64 %".31", %"end"
  %".33" = select  i1 %".32", i64 %".31", i64 %"ex"
  %".34" = getelementptr inbounds i32, ptr %"order..p", i64 %".33"
  %".35" = load i32, ptr %".34"
  %".36" = sext i32 %".35" to i64
  %".37" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".36"
  %".38" = load i32, ptr %".37"
  %".39" = sext i32 %".38" to i64
  %".40" = mul i64 1, 5
  %".42" = mul i64 %".39", %".40"
  %".43" = getelementptr inbounds i16, ptr %"param.X.p", i64 %".42"
  %".44" = getelementptr i8, ptr %".43", i64 0
  call void @"llvm.prefetch.p0"(ptr %".44", i32 0, i32 3, i32 1)
  %".46" = getelementptr inbounds i32, ptr %"field.j.p", i64 %".36"
  %".47" = load i32, ptr %".46"
  %".48" = sext i32 %".47" to i64
  %".49" = mul i64 1, 5
  %".50" = mul i64 %".48", %".49"
  %".51" = getelementptr inbounds i16, ptr %"param.X.p", i64 %".50"
  %".52" = getelementptr i8, ptr %".51", i64 0
  call void @"llvm.prefetch.p0"(ptr %".52", i32 0, i32 3, i32 1)
  %".54" = getelementptr inbounds i32, ptr %"order..p", i64 %"ex"
  %"e" = load i32, ptr %".54", !alias.scope !3, !noalias !4
  %".55" = sext i32 %"e" to i64
  %".57" = add i64 %"t0.", %"ex"
  %".58" = sitofp i64 %".57" to float
  %".59" = fmul float 0x3fb99999a0000000, %".9"
  %".60" = fadd float 0x3ff0000000000000, %".59"
  %".61" = fdiv float 0x3fb99999a0000000, %".60"
  %".62" = load i32, i32* %"rng.state"
  %".63" = shl i32 %".62", 13
  %".64" = xor i32 %".62", %".63"
  %".65" = lshr i32 %".64", 17
  %".66" = xor i32 %".64", %".65"
  %".67" = shl i32 %".66", 5
  %".68" = xor i32 %".66", %".67"
  store i32 %".68", i32* %"rng.state"
  %".70" = mul i64 1, 5
  %".71" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".55"
  %".72" = load i32, ptr %".71", !alias.scope !3, !noalias !4
  %".73" = sext i32 %".72" to i64
  %".74" = mul i64 %".73", %".70"
  %".75" = add i64 0, %".74"
  %".76" = getelementptr inbounds i16, ptr %"param.X.p", i64 %".75"
  %".77" = mul i64 1, 5
  %".78" = getelementptr inbounds i32, ptr %"field.j.p", i64 %".55"
  %".79" = load i32, ptr %".78", !alias.scope !3, !noalias !4
  %".80" = sext i32 %".79" to i64
  %".81" = mul i64 %".80", %".77"
  %".82" = add i64 0, %".81"
  %".83" = getelementptr inbounds i16, ptr %"param.X.p", i64 %".82"
  store i64 0, i64* %"idot.acc"
  %".85" = sub i64 5, 0
  %".86" = icmp sle i64 %".85", 2
  br i1 %".86", label %"ex.body.if", label %"ex.body.else"
ex.done:
  %".217" = load double, double* %"loss.acc"
  store double %".217", ptr %"out"
  %".219" = load i32, i32* %"rng.state"
  store i32 %".219", ptr %"rng..p"
  ret void
ex.body.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
ex.body.else:
  br label %"idot64.head"
ex.body.endif:
  %".124" = load i64, i64* %"idot.acc"
  %".125" = sitofp i64 %".124" to float
  %".126" = fmul float %".125", 0x3e70000000000000
  %".127" = getelementptr inbounds float, ptr %"field.a.p", i64 %".55"
  %".128" = load float, ptr %".127", !alias.scope !3, !noalias !4
  %".129" = fsub float %".126", %".128"
  %".130" = fmul float %".129", %".129"
  %".131" = fmul float 0x4000000000000000, %".129"
  %".132" = fpext float %".130" to double
  %".133" = load double, double* %"loss.acc"
  %".134" = fadd double %".133", %".132"
  store double %".134", double* %"loss.acc"
  br label %"rows.head"
idot32.head:
  %"idot32" = phi  i64 [0, %"ex.body.if"], [%".102", %"idot32.body"]
  %".90" = icmp slt i64 %"idot32", 5
  br i1 %".90", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".92" = load i32, i32* %"idot.acc32"
  %".93" = getelementptr inbounds i16, ptr %".76", i64 %"idot32"
  %".94" = load i16, ptr %".93", !alias.scope !4, !noalias !3
  %".95" = sext i16 %".94" to i32
  %".96" = getelementptr inbounds i16, ptr %".83", i64 %"idot32"
  %".97" = load i16, ptr %".96", !alias.scope !4, !noalias !3
  %".98" = sext i16 %".97" to i32
  %".99" = mul i32 %".95", %".98"
  %".100" = add i32 %".92", %".99"
  store i32 %".100", i32* %"idot.acc32"
  %".102" = add i64 %"idot32", 1
  br label %"idot32.head"
idot32.done:
  %".104" = load i32, i32* %"idot.acc32"
  %".105" = sext i32 %".104" to i64
  store i64 %".105", i64* %"idot.acc"
  br label %"ex.body.endif"
idot64.head:
  %"idot64" = phi  i64 [0, %"ex.body.else"], [%".121", %"idot64.body"]
  %".109" = icmp slt i64 %"idot64", 5
  br i1 %".109", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".111" = load i64, i64* %"idot.acc"
  %".112" = getelementptr inbounds i16, ptr %".76", i64 %"idot64"
  %".113" = load i16, ptr %".112", !alias.scope !4, !noalias !3
  %".114" = sext i16 %".113" to i64
  %".115" = getelementptr inbounds i16, ptr %".83", i64 %"idot64"
  %".116" = load i16, ptr %".115", !alias.scope !4, !noalias !3
  %".117" = sext i16 %".116" to i64
  %".118" = mul i64 %".114", %".117"
  %".119" = add i64 %".111", %".118"
  store i64 %".119", i64* %"idot.acc"
  %".121" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"ex.body.endif"
rows.head:
  %"rows" = phi  i64 [0, %"ex.body.endif"], [%".213", %"rows.body"]
  %".137" = icmp slt i64 %"rows", 5
  br i1 %".137", label %"rows.body", label %"rows.done"
rows.body:
  %".139" = getelementptr inbounds i16, ptr %".83", i64 %"rows"
  %".140" = load i16, ptr %".139", !alias.scope !4, !noalias !3
  %".141" = sitofp i16 %".140" to float
  %".142" = fmul float %".141", 0x3f30000000000000
  %".143" = fmul float %".131", %".142"
  %".144" = getelementptr inbounds i16, ptr %".76", i64 %"rows"
  %".145" = load i16, ptr %".144", !alias.scope !4, !noalias !3
  %".146" = sitofp i16 %".145" to float
  %".147" = fmul float %".146", 0x3f30000000000000
  %".148" = fmul float %".131", %".147"
  %".149" = getelementptr inbounds i16, ptr %".76", i64 %"rows"
  %".150" = load i16, ptr %".149", !alias.scope !4, !noalias !3
  %".151" = sitofp i16 %".150" to float
  %".152" = fmul float %".151", 0x3f30000000000000
  %".153" = fmul float %".61", %".143"
  %".154" = fmul float %".153", 0x40b0000000000000
  %".155" = fsub float %".151", %".154"
  %".156" = xor i32 %".68", 0
  %".157" = trunc i64 %"rows" to i32
  %".158" = mul i32 %".157", 2246822507
  %".159" = xor i32 %".156", %".158"
  %".160" = lshr i32 %".159", 16
  %".161" = xor i32 %".159", %".160"
  %".162" = mul i32 %".161", 2146121005
  %".163" = lshr i32 %".162", 15
  %".164" = xor i32 %".162", %".163"
  %".165" = mul i32 %".164", 2221713035
  %".166" = lshr i32 %".165", 16
  %".167" = xor i32 %".165", %".166"
  %".168" = lshr i32 %".167", 8
  %".169" = uitofp i32 %".168" to float
  %".170" = fmul float %".169", 0x3e70000000000000
  %".171" = fadd float %".155", %".170"
  %".172" = call float @"llvm.floor.f32"(float %".171")
  %".173" = fcmp ogt float %".172", 0x40dfffc000000000
  %".174" = select  i1 %".173", float 0x40dfffc000000000, float %".172"
  %".175" = fcmp olt float %".174", 0xc0dfffc000000000
  %".176" = select  i1 %".175", float 0xc0dfffc000000000, float %".174"
  %".177" = fcmp uno float %".176", %".176"
  %".178" = select  i1 %".177", float              0x0, float %".176"
  %".179" = fptosi float %".178" to i16
  store i16 %".179", ptr %".149", !alias.scope !4, !noalias !3
  %".181" = getelementptr inbounds i16, ptr %".83", i64 %"rows"
  %".182" = load i16, ptr %".181", !alias.scope !4, !noalias !3
  %".183" = sitofp i16 %".182" to float
  %".184" = fmul float %".183", 0x3f30000000000000
  %".185" = fmul float %".61", %".148"
  %".186" = fmul float %".185", 0x40b0000000000000
  %".187" = fsub float %".183", %".186"
  %".188" = xor i32 %".68", 2654435769
  %".189" = trunc i64 %"rows" to i32
  %".190" = mul i32 %".189", 2246822507
  %".191" = xor i32 %".188", %".190"
  %".192" = lshr i32 %".191", 16
  %".193" = xor i32 %".191", %".192"
  %".194" = mul i32 %".193", 2146121005
  %".195" = lshr i32 %".194", 15
  %".196" = xor i32 %".194", %".195"
  %".197" = mul i32 %".196", 2221713035
  %".198" = lshr i32 %".197", 16
  %".199" = xor i32 %".197", %".198"
  %".200" = lshr i32 %".199", 8
  %".201" = uitofp i32 %".200" to float
  %".202" = fmul float %".201", 0x3e70000000000000
  %".203" = fadd float %".187", %".202"
  %".204" = call float @"llvm.floor.f32"(float %".203")
  %".205" = fcmp ogt float %".204", 0x40dfffc000000000
  %".206" = select  i1 %".205", float 0x40dfffc000000000, float %".204"
  %".207" = fcmp olt float %".206", 0xc0dfffc000000000
  %".208" = select  i1 %".207", float 0xc0dfffc000000000, float %".206"
  %".209" = fcmp uno float %".208", %".208"
  %".210" = select  i1 %".209", float              0x0, float %".208"
  %".211" = fptosi float %".210" to i16
  store i16 %".211", ptr %".181", !alias.scope !4, !noalias !3
  %".213" = add i64 %"rows", 1
  br label %"rows.head"
rows.done:
  %".215" = add i64 %"ex", 1
  br label %"ex.head"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

declare float @"llvm.floor.f32"(float %".1")

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
  %"idot.acc" = alloca i64
  %"idot.acc32" = alloca i32
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".72", %"ex.body.endif"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".9" = mul i64 1, 5
  %".11" = getelementptr inbounds i32, ptr %"field.i.p", i64 %"ex"
  %".12" = load i32, ptr %".11", !alias.scope !3, !noalias !4
  %".13" = sext i32 %".12" to i64
  %".14" = mul i64 %".13", %".9"
  %".15" = add i64 0, %".14"
  %".17" = getelementptr inbounds i16, ptr %"param.X.p", i64 %".15"
  %".18" = mul i64 1, 5
  %".20" = getelementptr inbounds i32, ptr %"field.j.p", i64 %"ex"
  %".21" = load i32, ptr %".20", !alias.scope !3, !noalias !4
  %".22" = sext i32 %".21" to i64
  %".23" = mul i64 %".22", %".18"
  %".24" = add i64 0, %".23"
  %".25" = getelementptr inbounds i16, ptr %"param.X.p", i64 %".24"
  store i64 0, i64* %"idot.acc"
  %".27" = sub i64 5, 0
  %".28" = icmp sle i64 %".27", 2
  br i1 %".28", label %"ex.body.if", label %"ex.body.else"
ex.done:
  ret void
ex.body.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
ex.body.else:
  br label %"idot64.head"
ex.body.endif:
  %".66" = load i64, i64* %"idot.acc"
  %".67" = sitofp i64 %".66" to float
  %".68" = fmul float %".67", 0x3e70000000000000
  %".69" = fpext float %".68" to double
  %".70" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".69", ptr %".70"
  %".72" = add i64 %"ex", 1
  br label %"ex.head"
idot32.head:
  %"idot32" = phi  i64 [0, %"ex.body.if"], [%".44", %"idot32.body"]
  %".32" = icmp slt i64 %"idot32", 5
  br i1 %".32", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".34" = load i32, i32* %"idot.acc32"
  %".35" = getelementptr inbounds i16, ptr %".17", i64 %"idot32"
  %".36" = load i16, ptr %".35", !alias.scope !4, !noalias !3
  %".37" = sext i16 %".36" to i32
  %".38" = getelementptr inbounds i16, ptr %".25", i64 %"idot32"
  %".39" = load i16, ptr %".38", !alias.scope !4, !noalias !3
  %".40" = sext i16 %".39" to i32
  %".41" = mul i32 %".37", %".40"
  %".42" = add i32 %".34", %".41"
  store i32 %".42", i32* %"idot.acc32"
  %".44" = add i64 %"idot32", 1
  br label %"idot32.head"
idot32.done:
  %".46" = load i32, i32* %"idot.acc32"
  %".47" = sext i32 %".46" to i64
  store i64 %".47", i64* %"idot.acc"
  br label %"ex.body.endif"
idot64.head:
  %"idot64" = phi  i64 [0, %"ex.body.else"], [%".63", %"idot64.body"]
  %".51" = icmp slt i64 %"idot64", 5
  br i1 %".51", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".53" = load i64, i64* %"idot.acc"
  %".54" = getelementptr inbounds i16, ptr %".17", i64 %"idot64"
  %".55" = load i16, ptr %".54", !alias.scope !4, !noalias !3
  %".56" = sext i16 %".55" to i64
  %".57" = getelementptr inbounds i16, ptr %".25", i64 %"idot64"
  %".58" = load i16, ptr %".57", !alias.scope !4, !noalias !3
  %".59" = sext i16 %".58" to i64
  %".60" = mul i64 %".56", %".59"
  %".61" = add i64 %".53", %".60"
  store i64 %".61", i64* %"idot.acc"
  %".63" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"ex.body.endif"
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
  %"idot.acc" = alloca i64
  %"idot.acc32" = alloca i32
  %".69" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"field.a" = load i64, ptr %".69"
  %"field.a.p" = inttoptr i64 %"field.a" to ptr
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".77", %"ex.body.endif"]
  %".7" = icmp slt i64 %"ex", %"end"
  br i1 %".7", label %"ex.body", label %"ex.done"
ex.body:
  %".9" = mul i64 1, 5
  %".11" = getelementptr inbounds i32, ptr %"field.i.p", i64 %"ex"
  %".12" = load i32, ptr %".11", !alias.scope !3, !noalias !4
  %".13" = sext i32 %".12" to i64
  %".14" = mul i64 %".13", %".9"
  %".15" = add i64 0, %".14"
  %".17" = getelementptr inbounds i16, ptr %"param.X.p", i64 %".15"
  %".18" = mul i64 1, 5
  %".20" = getelementptr inbounds i32, ptr %"field.j.p", i64 %"ex"
  %".21" = load i32, ptr %".20", !alias.scope !3, !noalias !4
  %".22" = sext i32 %".21" to i64
  %".23" = mul i64 %".22", %".18"
  %".24" = add i64 0, %".23"
  %".25" = getelementptr inbounds i16, ptr %"param.X.p", i64 %".24"
  store i64 0, i64* %"idot.acc"
  %".27" = sub i64 5, 0
  %".28" = icmp sle i64 %".27", 2
  br i1 %".28", label %"ex.body.if", label %"ex.body.else"
ex.done:
  ret void
ex.body.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
ex.body.else:
  br label %"idot64.head"
ex.body.endif:
  %".66" = load i64, i64* %"idot.acc"
  %".67" = sitofp i64 %".66" to float
  %".68" = fmul float %".67", 0x3e70000000000000
  %".70" = getelementptr inbounds float, ptr %"field.a.p", i64 %"ex"
  %".71" = load float, ptr %".70", !alias.scope !3, !noalias !4
  %".72" = fsub float %".68", %".71"
  %".73" = fmul float %".72", %".72"
  %".74" = fpext float %".73" to double
  %".75" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".74", ptr %".75"
  %".77" = add i64 %"ex", 1
  br label %"ex.head"
idot32.head:
  %"idot32" = phi  i64 [0, %"ex.body.if"], [%".44", %"idot32.body"]
  %".32" = icmp slt i64 %"idot32", 5
  br i1 %".32", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".34" = load i32, i32* %"idot.acc32"
  %".35" = getelementptr inbounds i16, ptr %".17", i64 %"idot32"
  %".36" = load i16, ptr %".35", !alias.scope !4, !noalias !3
  %".37" = sext i16 %".36" to i32
  %".38" = getelementptr inbounds i16, ptr %".25", i64 %"idot32"
  %".39" = load i16, ptr %".38", !alias.scope !4, !noalias !3
  %".40" = sext i16 %".39" to i32
  %".41" = mul i32 %".37", %".40"
  %".42" = add i32 %".34", %".41"
  store i32 %".42", i32* %"idot.acc32"
  %".44" = add i64 %"idot32", 1
  br label %"idot32.head"
idot32.done:
  %".46" = load i32, i32* %"idot.acc32"
  %".47" = sext i32 %".46" to i64
  store i64 %".47", i64* %"idot.acc"
  br label %"ex.body.endif"
idot64.head:
  %"idot64" = phi  i64 [0, %"ex.body.else"], [%".63", %"idot64.body"]
  %".51" = icmp slt i64 %"idot64", 5
  br i1 %".51", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".53" = load i64, i64* %"idot.acc"
  %".54" = getelementptr inbounds i16, ptr %".17", i64 %"idot64"
  %".55" = load i16, ptr %".54", !alias.scope !4, !noalias !3
  %".56" = sext i16 %".55" to i64
  %".57" = getelementptr inbounds i16, ptr %".25", i64 %"idot64"
  %".58" = load i16, ptr %".57", !alias.scope !4, !noalias !3
  %".59" = sext i16 %".58" to i64
  %".60" = mul i64 %".56", %".59"
  %".61" = add i64 %".53", %".60"
  store i64 %".61", i64* %"idot.acc"
  %".63" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"ex.body.endif"
}

!0 = !{ !"sgdc.buffers" }
!1 = !{ !"sgdc.buffer.data", !0 }
!2 = !{ !"sgdc.buffer.X", !0 }
!3 = !{ !1 }
!4 = !{ !2 }