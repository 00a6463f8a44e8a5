<?php
// placeholder: Espo\Core\Application
