<?php // placeholder
