<?php
/* layout */
