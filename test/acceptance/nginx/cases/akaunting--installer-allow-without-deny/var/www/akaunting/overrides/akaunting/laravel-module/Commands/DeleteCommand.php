<?php
// override
