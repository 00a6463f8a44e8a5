<?php /* compiled view */ ?>
<div><?php echo e($invoice->invoice_number); ?></div>
