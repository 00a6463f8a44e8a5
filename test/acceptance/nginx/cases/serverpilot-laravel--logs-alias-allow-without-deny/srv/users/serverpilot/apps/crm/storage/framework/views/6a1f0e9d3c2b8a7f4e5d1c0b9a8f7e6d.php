<div><?php echo e($title); ?></div>
<?php /**PATH /srv/users/serverpilot/apps/crm/resources/views/welcome.blade.php ENDPATH**/ ?>
