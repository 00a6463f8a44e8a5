<?php
// Chamilo 1.11 placeholder
