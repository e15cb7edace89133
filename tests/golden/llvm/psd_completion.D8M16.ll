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
  %"pairs.acc" = alloca <8 x i64>
  %"pairs.total" = alloca i64
  br label %"start"
start:
  store double              0x0, double* %"loss.acc"
  %".9" = sitofp i64 %"epoch." to float
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".218", %"rows.done"]
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
  store <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, <8 x i64>* %"pairs.acc"
  %".89" = sdiv i64 5, 16
  br label %"pdot.head"
ex.done:
  %".220" = load double, double* %"loss.acc"
  store double %".220", ptr %"out"
  %".222" = load i32, i32* %"rng.state"
  store i32 %".222", ptr %"rng..p"
  ret void
pdot.head:
  %"pdot" = phi  i64 [0, %"ex.body"], [%".108", %"pdot.body"]
  %".91" = icmp slt i64 %"pdot", %".89"
  br i1 %".91", label %"pdot.body", label %"pdot.done"
pdot.body:
  %".93" = mul i64 %"pdot", 16
  %".94" = getelementptr i16, ptr %".80", i64 %".93"
  %".95" = load <16 x i16>, ptr %".94", align 2, !alias.scope !4, !noalias !3
  %".96" = sext <16 x i16> %".95" to <16 x i32>
  %".97" = getelementptr i16, ptr %".87", i64 %".93"
  %".98" = load <16 x i16>, ptr %".97", align 2, !alias.scope !4, !noalias !3
  %".99" = sext <16 x i16> %".98" to <16 x i32>
  %".100" = mul <16 x i32> %".96", %".99"
  %".101" = shufflevector <16 x i32> %".100", <16 x i32> %".100", <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %".102" = shufflevector <16 x i32> %".100", <16 x i32> %".100", <8 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15>
  %".103" = load <8 x i64>, <8 x i64>* %"pairs.acc"
  %".104" = add <8 x i32> %".101", %".102"
  %".105" = sext <8 x i32> %".104" to <8 x i64>
  %".106" = add <8 x i64> %".103", %".105"
  store <8 x i64> %".106", <8 x i64>* %"pairs.acc"
  %".108" = add i64 %"pdot", 1
  br label %"pdot.head"
pdot.done:
  %".110" = load <8 x i64>, <8 x i64>* %"pairs.acc"
  %".111" = call i64 @"llvm.vector.reduce.add.v8i64"(<8 x i64> %".110")
  store i64 %".111", i64* %"pairs.total"
  %".113" = mul i64 %".89", 16
  br label %"ptail.head"
ptail.head:
  %"ptail" = phi  i64 [%".113", %"pdot.done"], [%".127", %"ptail.body"]
  %".115" = icmp slt i64 %"ptail", 5
  br i1 %".115", label %"ptail.body", label %"ptail.done"
ptail.body:
  %".117" = load i64, i64* %"pairs.total"
  %".118" = getelementptr inbounds i16, ptr %".80", i64 %"ptail"
  %".119" = load i16, ptr %".118", !alias.scope !4, !noalias !3
  %".120" = sext i16 %".119" to i64
  %".121" = getelementptr inbounds i16, ptr %".87", i64 %"ptail"
  %".122" = load i16, ptr %".121", !alias.scope !4, !noalias !3
  %".123" = sext i16 %".122" to i64
  %".124" = mul i64 %".120", %".123"
  %".125" = add i64 %".117", %".124"
  store i64 %".125", i64* %"pairs.total"
  %".127" = add i64 %"ptail", 1
  br label %"ptail.head"
ptail.done:
  %".129" = load i64, i64* %"pairs.total"
  %".130" = sitofp i64 %".129" to float
  %".131" = fmul float %".130", 0x3e70000000000000
  %".132" = getelementptr inbounds float, ptr %"field.a.p", i64 %".59"
  %".133" = load float, ptr %".132", !alias.scope !3, !noalias !4
  %".134" = fsub float %".131", %".133"
  %".135" = fmul float %".134", %".134"
  %".136" = fmul float 0x4000000000000000, %".134"
  %".137" = fpext float %".135" to double
  %".138" = load double, double* %"loss.acc"
  %".139" = fadd double %".138", %".137"
  store double %".139", double* %"loss.acc"
  %".141" = fmul float %".65", 0x40b0000000000000
  %".142" = fmul float %".65", 0x40b0000000000000
  br label %"rows.head"
rows.head:
  %"rows" = phi  i64 [0, %"ptail.done"], [%".216", %"rows.body"]
  %".144" = icmp slt i64 %"rows", 5
  br i1 %".144", label %"rows.body", label %"rows.done"
rows.body:
  %".146" = getelementptr inbounds i16, ptr %".87", i64 %"rows"
  %".147" = load i16, ptr %".146", !alias.scope !4, !noalias !3
  %".148" = sitofp i16 %".147" to float
  %".149" = fmul float %".148", 0x3f30000000000000
  %".150" = fmul float %".136", %".149"
  %".151" = getelementptr inbounds i16, ptr %".80", i64 %"rows"
  %".152" = load i16, ptr %".151", !alias.scope !4, !noalias !3
  %".153" = sitofp i16 %".152" to float
  %".154" = fmul float %".153", 0x3f30000000000000
  %".155" = fmul float %".136", %".154"
  %".156" = getelementptr inbounds i16, ptr %".80", i64 %"rows"
  %".157" = load i16, ptr %".156", !alias.scope !4, !noalias !3
  %".158" = sitofp i16 %".157" to float
  %".159" = fmul float %".150", %".141"
  %".160" = fsub float %".158", %".159"
  %".161" = xor i32 %".72", 0
  %".162" = lshr i32 %".161", 16
  %".163" = xor i32 %".161", %".162"
  %".164" = mul i32 %".163", 2146121005
  %".165" = lshr i32 %".164", 15
  %".166" = xor i32 %".164", %".165"
  %".167" = mul i32 %".166", 2221713035
  %".168" = lshr i32 %".167", 16
  %".169" = xor i32 %".167", %".168"
  %".170" = trunc i64 %"rows" to i32
  %".171" = mul i32 %".170", 2654435769
  %".172" = add i32 %".169", %".171"
  %".173" = lshr i32 %".172", 8
  %".174" = uitofp i32 %".173" to float
  %".175" = fmul float %".174", 0x3e70000000000000
  %".176" = fadd float %".160", %".175"
  %".177" = call float @"llvm.floor.f32"(float %".176")
  %".178" = fcmp ogt float %".177", 0x40dfffc000000000
  %".179" = select  i1 %".178", float 0x40dfffc000000000, float %".177"
  %".180" = fcmp olt float %".179", 0xc0dfffc000000000
  %".181" = select  i1 %".180", float 0xc0dfffc000000000, float %".179"
  %".182" = fcmp uno float %".181", %".181"
  %".183" = select  i1 %".182", float              0x0, float %".181"
  %".184" = fptosi float %".183" to i16
  store i16 %".184", ptr %".156", !alias.scope !4, !noalias !3
  %".186" = getelementptr inbounds i16, ptr %".87", i64 %"rows"
  %".187" = load i16, ptr %".186", !alias.scope !4, !noalias !3
  %".188" = sitofp i16 %".187" to float
  %".189" = fmul float %".155", %".142"
  %".190" = fsub float %".188", %".189"
  %".191" = xor i32 %".72", 2654435769
  %".192" = lshr i32 %".191", 16
  %".193" = xor i32 %".191", %".192"
  %".194" = mul i32 %".193", 2146121005
  %".195" = lshr i32 %".194", 15
  %".196" = xor i32 %".194", %".195"
  %".197" = mul i32 %".196", 2221713035
  %".198" = lshr i32 %".197", 16
  %".199" = xor i32 %".197", %".198"
  %".200" = trunc i64 %"rows" to i32
  %".201" = mul i32 %".200", 2654435769
  %".202" = add i32 %".199", %".201"
  %".203" = lshr i32 %".202", 8
  %".204" = uitofp i32 %".203" to float
  %".205" = fmul float %".204", 0x3e70000000000000
  %".206" = fadd float %".190", %".205"
  %".207" = call float @"llvm.floor.f32"(float %".206")
  %".208" = fcmp ogt float %".207", 0x40dfffc000000000
  %".209" = select  i1 %".208", float 0x40dfffc000000000, float %".207"
  %".210" = fcmp olt float %".209", 0xc0dfffc000000000
  %".211" = select  i1 %".210", float 0xc0dfffc000000000, float %".209"
  %".212" = fcmp uno float %".211", %".211"
  %".213" = select  i1 %".212", float              0x0, float %".211"
  %".214" = fptosi float %".213" to i16
  store i16 %".214", ptr %".186", !alias.scope !4, !noalias !3
  %".216" = add i64 %"rows", 1
  br label %"rows.head"
rows.done:
  %".218" = add i64 %"ex", 1
  br label %"ex.head"
}

declare void @"llvm.prefetch.p0"(ptr %".1", i32 %".2", i32 %".3", i32 %".4")

declare i64 @"llvm.vector.reduce.add.v8i64"(<8 x i64> %".1")

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
  %"pairs.acc" = alloca <8 x i64>
  %"pairs.total" = alloca i64
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".73", %"ptail.done"]
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
  store <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, <8 x i64>* %"pairs.acc"
  %".27" = sdiv i64 5, 16
  br label %"pdot.head"
ex.done:
  ret void
pdot.head:
  %"pdot" = phi  i64 [0, %"ex.body"], [%".46", %"pdot.body"]
  %".29" = icmp slt i64 %"pdot", %".27"
  br i1 %".29", label %"pdot.body", label %"pdot.done"
pdot.body:
  %".31" = mul i64 %"pdot", 16
  %".32" = getelementptr i16, ptr %".17", i64 %".31"
  %".33" = load <16 x i16>, ptr %".32", align 2, !alias.scope !4, !noalias !3
  %".34" = sext <16 x i16> %".33" to <16 x i32>
  %".35" = getelementptr i16, ptr %".25", i64 %".31"
  %".36" = load <16 x i16>, ptr %".35", align 2, !alias.scope !4, !noalias !3
  %".37" = sext <16 x i16> %".36" to <16 x i32>
  %".38" = mul <16 x i32> %".34", %".37"
  %".39" = shufflevector <16 x i32> %".38", <16 x i32> %".38", <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %".40" = shufflevector <16 x i32> %".38", <16 x i32> %".38", <8 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15>
  %".41" = load <8 x i64>, <8 x i64>* %"pairs.acc"
  %".42" = add <8 x i32> %".39", %".40"
  %".43" = sext <8 x i32> %".42" to <8 x i64>
  %".44" = add <8 x i64> %".41", %".43"
  store <8 x i64> %".44", <8 x i64>* %"pairs.acc"
  %".46" = add i64 %"pdot", 1
  br label %"pdot.head"
pdot.done:
  %".48" = load <8 x i64>, <8 x i64>* %"pairs.acc"
  %".49" = call i64 @"llvm.vector.reduce.add.v8i64"(<8 x i64> %".48")
  store i64 %".49", i64* %"pairs.total"
  %".51" = mul i64 %".27", 16
  br label %"ptail.head"
ptail.head:
  %"ptail" = phi  i64 [%".51", %"pdot.done"], [%".65", %"ptail.body"]
  %".53" = icmp slt i64 %"ptail", 5
  br i1 %".53", label %"ptail.body", label %"ptail.done"
ptail.body:
  %".55" = load i64, i64* %"pairs.total"
  %".56" = getelementptr inbounds i16, ptr %".17", i64 %"ptail"
  %".57" = load i16, ptr %".56", !alias.scope !4, !noalias !3
  %".58" = sext i16 %".57" to i64
  %".59" = getelementptr inbounds i16, ptr %".25", i64 %"ptail"
  %".60" = load i16, ptr %".59", !alias.scope !4, !noalias !3
  %".61" = sext i16 %".60" to i64
  %".62" = mul i64 %".58", %".61"
  %".63" = add i64 %".55", %".62"
  store i64 %".63", i64* %"pairs.total"
  %".65" = add i64 %"ptail", 1
  br label %"ptail.head"
ptail.done:
  %".67" = load i64, i64* %"pairs.total"
  %".68" = sitofp i64 %".67" to float
  %".69" = fmul float %".68", 0x3e70000000000000
  %".70" = fpext float %".69" to double
  %".71" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".70", ptr %".71"
  %".73" = add i64 %"ex", 1
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
  %"pairs.acc" = alloca <8 x i64>
  %"pairs.total" = alloca i64
  %".70" = getelementptr inbounds i64, ptr %"slots", i64 3
  %"field.a" = load i64, ptr %".70"
  %"field.a.p" = inttoptr i64 %"field.a" to ptr
  br label %"start"
start:
  br label %"ex.head"
ex.head:
  %"ex" = phi  i64 [%"begin", %"start"], [%".78", %"ptail.done"]
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
  store <8 x i64> <i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0, i64 0>, <8 x i64>* %"pairs.acc"
  %".27" = sdiv i64 5, 16
  br label %"pdot.head"
ex.done:
  ret void
pdot.head:
  %"pdot" = phi  i64 [0, %"ex.body"], [%".46", %"pdot.body"]
  %".29" = icmp slt i64 %"pdot", %".27"
  br i1 %".29", label %"pdot.body", label %"pdot.done"
pdot.body:
  %".31" = mul i64 %"pdot", 16
  %".32" = getelementptr i16, ptr %".17", i64 %".31"
  %".33" = load <16 x i16>, ptr %".32", align 2, !alias.scope !4, !noalias !3
  %".34" = sext <16 x i16> %".33" to <16 x i32>
  %".35" = getelementptr i16, ptr %".25", i64 %".31"
  %".36" = load <16 x i16>, ptr %".35", align 2, !alias.scope !4, !noalias !3
  %".37" = sext <16 x i16> %".36" to <16 x i32>
  %".38" = mul <16 x i32> %".34", %".37"
  %".39" = shufflevector <16 x i32> %".38", <16 x i32> %".38", <8 x i32> <i32 0, i32 2, i32 4, i32 6, i32 8, i32 10, i32 12, i32 14>
  %".40" = shufflevector <16 x i32> %".38", <16 x i32> %".38", <8 x i32> <i32 1, i32 3, i32 5, i32 7, i32 9, i32 11, i32 13, i32 15>
  %".41" = load <8 x i64>, <8 x i64>* %"pairs.acc"
  %".42" = add <8 x i32> %".39", %".40"
  %".43" = sext <8 x i32> %".42" to <8 x i64>
  %".44" = add <8 x i64> %".41", %".43"
  store <8 x i64> %".44", <8 x i64>* %"pairs.acc"
  %".46" = add i64 %"pdot", 1
  br label %"pdot.head"
pdot.done:
  %".48" = load <8 x i64>, <8 x i64>* %"pairs.acc"
  %".49" = call i64 @"llvm.vector.reduce.add.v8i64"(<8 x i64> %".48")
  store i64 %".49", i64* %"pairs.total"
  %".51" = mul i64 %".27", 16
  br label %"ptail.head"
ptail.head:
  %"ptail" = phi  i64 [%".51", %"pdot.done"], [%".65", %"ptail.body"]
  %".53" = icmp slt i64 %"ptail", 5
  br i1 %".53", label %"ptail.body", label %"ptail.done"
ptail.body:
  %".55" = load i64, i64* %"pairs.total"
  %".56" = getelementptr inbounds i16, ptr %".17", i64 %"ptail"
  %".57" = load i16, ptr %".56", !alias.scope !4, !noalias !3
  %".58" = sext i16 %".57" to i64
  %".59" = getelementptr inbounds i16, ptr %".25", i64 %"ptail"
  %".60" = load i16, ptr %".59", !alias.scope !4, !noalias !3
  %".61" = sext i16 %".60" to i64
  %".62" = mul i64 %".58", %".61"
  %".63" = add i64 %".55", %".62"
  store i64 %".63", i64* %"pairs.total"
  %".65" = add i64 %"ptail", 1
  br label %"ptail.head"
ptail.done:
  %".67" = load i64, i64* %"pairs.total"
  %".68" = sitofp i64 %".67" to float
  %".69" = fmul float %".68", 0x3e70000000000000
  %".71" = getelementptr inbounds float, ptr %"field.a.p", i64 %"ex"
  %".72" = load float, ptr %".71", !alias.scope !3, !noalias !4
  %".73" = fsub float %".69", %".72"
  %".74" = fmul float %".73", %".73"
  %".75" = fpext float %".74" to double
  %".76" = getelementptr inbounds double, ptr %"out", i64 %"ex"
  store double %".75", ptr %".76"
  %".78" = add i64 %"ex", 1
  br label %"ex.head"
}

!0 = !{ !"sgdc.buffers" }
!1 = !{ !"sgdc.buffer.data", !0 }
!2 = !{ !"sgdc.buffer.X", !0 }
!3 = !{ !1 }
!4 = !{ !2 }