<?php
// media library selector
