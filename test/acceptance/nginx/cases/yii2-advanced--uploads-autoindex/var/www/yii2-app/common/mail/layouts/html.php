<?php
/* mail layout */
