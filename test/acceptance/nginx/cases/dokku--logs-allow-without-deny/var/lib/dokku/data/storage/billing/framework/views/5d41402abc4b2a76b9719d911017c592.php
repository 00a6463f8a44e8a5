<?php $__env->startSection('content'); ?>
<h1><?php echo e($invoice->number); ?></h1>
