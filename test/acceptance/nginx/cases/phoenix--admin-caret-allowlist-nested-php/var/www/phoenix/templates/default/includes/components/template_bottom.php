<?php
// stand-in for CE Phoenix's templates/default/includes/components/template_bottom.php
