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
  %".60" = getelementptr inbounds i64, ptr %"slots", i64 7
  %"t0." = load i64, ptr %".60"
  %"idot.acc" = alloca i64
  %"idot.acc32" = alloca i32
  br label %"start"
start:
  store double              0x0, double* %"loss.acc"
  %".9" = sitofp i64 %"epoch." to float
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".217", %"rows.done"]
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
  %".46" = getelementptr i8, ptr %".43", i64 9
  call void @"llvm.prefetch.p0"(ptr %".46", i32 0, i32 3, i32 1)
  %".48" = getelementptr inbounds i32, ptr %"field.j.p", i64 %".36"
  %".49" = load i32, ptr %".48"
  %".50" = sext i32 %".49" to i64
  %".51" = mul i64 1, 5
  %".52" = mul i64 %".50", %".51"
  %".53" = getelementptr inbounds i16, ptr %"param.X.p", i64 %".52"
  %".54" = getelementptr i8, ptr %".53", i64 0
  call void @"llvm.prefetch.p0"(ptr %".54", i32 0, i32 3, i32 1)
  %".56" = getelementptr i8, ptr %".53", i64 9
  call void @"llvm.prefetch.p0"(ptr %".56", i32 0, i32 3, i32 1)
  %".58" = getelementptr inbounds i32, ptr %"order..p", i64 %"ex"
  %"e" = load i32, ptr %".58", !alias.scope !3, !noalias !4
  %".59" = sext i32 %"e" to i64
  %".61" = add i64 %"t0.", %"ex"
  %".62" = sitofp i64 %".61" to float
  %".63" = fmul float 0x3fb99999a0000000, %".9"
  %".64" = fadd float 0x3ff0000000000000, %".63"
  %".65" = fdiv float 0x3fb99999a0000000, %".64"
  %".66" = load i32, i32* %"rng.state"
  %".67" = shl i32 %".66", 13
  %".68" = xor i32 %".66", %".67"
  %".69" = lshr i32 %".68", 17
  %".70" = xor i32 %".68", %".69"
  %".71" = shl i32 %".70", 5
  %".72" = xor i32 %".70", %".71"
  store i32 %".72", i32* %"rng.state"
  %".74" = mul i64 1, 5
  %".75" = getelementptr inbounds i32, ptr %"field.i.p", i64 %".59"
  %".76" = load i32, ptr %".75", !alias.scope !3, !noalias !4
  %".77" = sext i32 %".76" to i64
  %".78" = mul i64 %".77", %".74"
  %".79" = add i64 0, %".78"
  %".80" = getelementptr inbounds i16, ptr %"param.X.p", i64 %".79"
  %".81" = mul i64 1, 5
  %".82" = getelementptr inbounds i32, ptr %"field.j.p", i64 %".59"
  %".83" = load i32, ptr %".82", !alias.scope !3, !noalias !4
  %".84" = sext i32 %".83" to i64
  %".85" = mul i64 %".84", %".81"
  %".86" = add i64 0, %".85"
  %".87" = getelementptr inbounds i16, ptr %"param.X.p", i64 %".86"
  store i64 0, i64* %"idot.acc"
  %".89" = sub i64 5, 0
  %".90" = icmp sle i64 %".89", 2
  br i1 %".90", label %"ex.body.if", label %"ex.body.else"
ex.done:
  %".219" = load double, double* %"loss.acc"
  store double %".219", ptr %"out"
  %".221" = load i32, i32* %"rng.state"
  store i32 %".221", ptr %"rng..p"
  ret void
ex.body.if:
  store i32 0, i32* %"idot.acc32"
  br label %"idot32.head"
ex.body.else:
  br label %"idot64.head"
ex.body.endif:
  %".128" = load i64, i64* %"idot.acc"
  %".129" = sitofp i64 %".128" to float
  %".130" = fmul float %".129", 0x3e70000000000000
  %".131" = getelementptr inbounds float, ptr %"field.a.p", i64 %".59"
  %".132" = load float, ptr %".131", !alias.scope !3, !noalias !4
  %".133" = fsub float %".130", %".132"
  %".134" = fmul float %".133", %".133"
  %".135" = fmul float 0x4000000000000000, %".133"
  %".136" = fpext float %".134" to double
  %".137" = load double, double* %"loss.acc"
  %".138" = fadd double %".137", %".136"
  store double %".138", double* %"loss.acc"
  %".140" = fmul float %".65", 0x40b0000000000000
  %".141" = fmul float %".65", 0x40b0000000000000
  br label %"rows.head"
idot32.head:
  %"idot32" = phi  i64 [0, %"ex.body.if"], [%".106", %"idot32.body"]
  %".94" = icmp slt i64 %"idot32", 5
  br i1 %".94", label %"idot32.body", label %"idot32.done"
idot32.body:
  %".96" = load i32, i32* %"idot.acc32"
  %".97" = getelementptr inbounds i16, ptr %".80", i64 %"idot32"
  %".98" = load i16, ptr %".97", !alias.scope !4, !noalias !3
  %".99" = sext i16 %".98" to i32
  %".100" = getelementptr inbounds i16, ptr %".87", i64 %"idot32"
  %".101" = load i16, ptr %".100", !alias.scope !4, !noalias !3
  %".102" = sext i16 %".101" to i32
  %".103" = mul i32 %".99", %".102"
  %".104" = add i32 %".96", %".103"
  store i32 %".104", i32* %"idot.acc32"
  %".106" = add i64 %"idot32", 1
  br label %"idot32.head"
idot32.done:
  %".108" = load i32, i32* %"idot.acc32"
  %".109" = sext i32 %".108" to i64
  store i64 %".109", i64* %"idot.acc"
  br label %"ex.body.endif"
idot64.head:
  %"idot64" = phi  i64 [0, %"ex.body.else"], [%".125", %"idot64.body"]
  %".113" = icmp slt i64 %"idot64", 5
  br i1 %".113", label %"idot64.body", label %"idot64.done"
idot64.body:
  %".115" = load i64, i64* %"idot.acc"
  %".116" = getelementptr inbounds i16, ptr %".80", i64 %"idot64"
  %".117" = load i16, ptr %".116", !alias.scope !4, !noalias !3
  %".118" = sext i16 %".117" to i64
  %".119" = getelementptr inbounds i16, ptr %".87", i64 %"idot64"
  %".120" = load i16, ptr %".119", !alias.scope !4, !noalias !3
  %".121" = sext i16 %".120" to i64
  %".122" = mul i64 %".118", %".121"
  %".123" = add i64 %".115", %".122"
  store i64 %".123", i64* %"idot.acc"
  %".125" = add i64 %"idot64", 1
  br label %"idot64.head"
idot64.done:
  br label %"ex.body.endif"
rows.head:
  %"rows" = phi  i64 [0, %"ex.body.endif"], [%".215", %"rows.body"]
  %".143" = icmp slt i64 %"rows", 5
  br i1 %".143", label %"rows.body", label %"rows.done"
rows.body:
  %".145" = getelementptr inbounds i16, ptr %".87", i64 %"rows"
  %".146" = load i16, ptr %".145", !alias.scope !4, !noalias !3
  %".147" = sitofp i16 %".146" to float
  %".148" = fmul float %".147", 0x3f30000000000000
  %".149" = fmul float %".135", %".148"
  %".150" = getelementptr inbounds i16, ptr %".80", i64 %"rows"
  %".151" = load i16, ptr %".150", !alias.scope !4, !noalias !3
  %".152" = sitofp i16 %".151" to float
  %".153" = fmul float %".152", 0x3f30000000000000
  %".154" = fmul float %".135", %".153"
  %".155" = getelementptr inbounds i16, ptr %".80", i64 %"rows"
  %".156" = load i16, ptr %".155", !alias.scope !4, !noalias !3
  %".157" = sitofp i16 %".156" to float
  %".158" = fmul float %".149", %".140"
  %".159" = fsub float %".157", %".158"
  %".160" = xor i32 %".72", 0
  %".161" = lshr i32 %".160", 16
  %".162" = xor i32 %".160", %".161"
  %".163" = mul i32 %".162", 2146121005
  %".164" = lshr i32 %".163", 15
  %".165" = xor i32 %".163", %".164"
  %".166" = mul i32 %".165", 2221713035
  %".167" = lshr i32 %".166", 16
  %".168" = xor i32 %".166", %".167"
  %".169" = trunc i64 %"rows" to i32
  %".170" = mul i32 %".169", 2654435769
  %".171" = add i32 %".168", %".170"
  %".172" = lshr i32 %".171", 8
  %".173" = uitofp i32 %".172" to float
  %".174" = fmul float %".173", 0x3e70000000000000
  %".175" = fadd float %".159", %".174"
  %".176" = call float @"llvm.floor.f32"(float %".175")
  %".177" = fcmp ogt float %".176", 0x40dfffc000000000
  %".178" = select  i1 %".177", float 0x40dfffc000000000, float %".176"
  %".179" = fcmp olt float %".178", 0xc0dfffc000000000
  %".180" = select  i1 %".179", float 0xc0dfffc000000000, float %".178"
  %".181" = fcmp uno float %".180", %".180"
  %".182" = select  i1 %".181", float              0x0, float %".180"
  %".183" = fptosi float %".182" to i16
  store i16 %".183", ptr %".155", !alias.scope !4, !noalias !3
  %".185" = getelementptr inbounds i16, ptr %".87", i64 %"rows"
  %".186" = load i16, ptr %".185", !alias.scope !4, !noalias !3
  %".187" = sitofp i16 %".186" to float
  %".188" = fmul float %".154", %".141"
  %".189" = fsub float %".187", %".188"
  %".190" = xor i32 %".72", 2654435769
  %".191" = lshr i32 %".190", 16
  %".192" = xor i32 %".190", %".191"
  %".193" = mul i32 %".192", 2146121005
  %".194" = lshr i32 %".193", 15
  %".195" = xor i32 %".193", %".194"
  %".196" = mul i32 %".195", 2221713035
  %".197" = lshr i32 %".196", 16
  %".198" = xor i32 %".196", %".197"
  %".199" = trunc i64 %"rows" to i32
  %".200" = mul i32 %".199", 2654435769
  %".201" = add i32 %".198", %".200"
  %".202" = lshr i32 %".201", 8
  %".203" = uitofp i32 %".202" to float
  %".204" = fmul float %".203", 0x3e70000000000000
  %".205" = fadd float %".189", %".204"
  %".206" = call float @"llvm.floor.f32"(float %".205")
  %".207" = fcmp ogt float %".206", 0x40dfffc000000000
  %".208" = select  i1 %".207", float 0x40dfffc000000000, float %".206"
  %".209" = fcmp olt float %".208", 0xc0dfffc000000000
  %".210" = select  i1 %".209", float 0xc0dfffc000000000, float %".208"
  %".211" = fcmp uno float %".210", %".210"
  %".212" = select  i1 %".211", float              0x0, float %".210"
  %".213" = fptosi float %".212" to i16
  store i16 %".213", ptr %".185", !alias.scope !4, !noalias !3
  %".215" = add i64 %"rows", 1
  br label %"rows.head"
rows.done:
  %".217" = add i64 %"ex", 1
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