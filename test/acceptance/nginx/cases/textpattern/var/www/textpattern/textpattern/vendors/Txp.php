<?php
// class loader
