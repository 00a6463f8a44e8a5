<?php
// placeholder: administration home
