<?php

/*
 * This file is part of the Claroline Connect package.
 *
 * (c) Claroline Consortium <consortium@claroline.net>
 *
 * For the full copyright and license information, please view the LICENSE
 * file that was distributed with this source code.
 */

namespace Claroline\CoreBundle\Manager;

use Claroline\AppBundle\API\Crud;
use Claroline\AppBundle\Persistence\ObjectManager;
use Claroline\CoreBundle\Entity\File\PublicFile;
use Claroline\CoreBundle\Entity\File\PublicFileUse;
use Claroline\CoreBundle\Library\Configuration\PlatformConfigurationHandler;
use Psr\Log\LoggerAwareInterface;
use Psr\Log\LoggerAwareTrait;
use Ramsey\Uuid\Uuid;
use Symfony\Component\Filesystem\Filesystem;
use Symfony\Component\Finder\Finder;
use Symfony\Component\HttpFoundation\File\File;

class FileManager implements LoggerAwareInterface
{
    use LoggerAwareTrait;

    public const MAX_FILES = 1000;

    public function __construct(
        private readonly string $fileDir,
        private readonly string $publicFileDir,
        private readonly Filesystem $filesystem,
        private readonly PlatformConfigurationHandler $config,
        private readonly ObjectManager $om,
        private readonly Crud $crud
    ) {
    }
