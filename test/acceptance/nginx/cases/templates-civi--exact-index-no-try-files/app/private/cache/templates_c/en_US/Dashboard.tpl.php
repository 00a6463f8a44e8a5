<?php
// placeholder: compiled Smarty template
