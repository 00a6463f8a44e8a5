<?php /* page footer */ ?>
</body></html>
