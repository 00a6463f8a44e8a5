<?php
// cacti plugin stub
