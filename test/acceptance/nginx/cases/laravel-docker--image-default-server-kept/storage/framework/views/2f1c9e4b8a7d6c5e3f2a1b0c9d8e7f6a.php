<?php $__env->startSection('content'); ?>
<h1><?php echo e(config('app.name')); ?></h1>
<?php /**PATH /var/www/html/resources/views/welcome.blade.php ENDPATH**/ ?>
