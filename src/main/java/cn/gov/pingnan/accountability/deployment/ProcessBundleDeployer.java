package cn.gov.pingnan.accountability.deployment;

import cn.gov.pingnan.accountability.tenant.Counties;
import cn.gov.pingnan.accountability.tenant.County;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Deploys each diagram of {@code processes/} together with the Camunda Forms it references, as one
 * deployment per process ("bundle"), at every start.
 *
 * <p>A bundle is redeployed only when one of its files changed, so editing one diagram in the
 * Modeler creates a new version of that process alone. Running instances stay on their version,
 * and because forms are bound with {@code camunda:formRefBinding="deployment"}, they keep the
 * forms of their own deployment. A diagram the engine cannot parse, or one that references a
 * missing form, stops the start-up with a message naming the file and the element.
 *
 * <p>Counties (issue 14): every bundle is deployed once per county, with the county's tenant id, and compared with
 * that county's latest deployment of it; so a county that deploys its own version of a diagram from the Modeler (with
 * its tenant id) changes that county alone, and a county added to {@code pingnan.counties} gets every bundle at its
 * first start.
 */
@Component
public class ProcessBundleDeployer implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessBundleDeployer.class);
    static final String SOURCE = "accountability-app";
    static final String UNREFERENCED_FORMS = "forms-without-diagram";

    private final RepositoryService repositoryService;
    private final String[] patterns;
    private final Counties counties;

    public ProcessBundleDeployer(
            RepositoryService repositoryService, CamundaBpmProperties properties, Counties counties) {
        this.repositoryService = repositoryService;
        this.patterns = properties.getDeploymentResourcePattern();
        this.counties = counties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        deployAll();
    }

    /** Deploys every changed bundle for every county; returns the deployments created (empty when nothing changed). */
    public List<Deployment> deployAll() {
        List<Deployment> created = new ArrayList<>();
        for (County county : counties.all()) {
            created.addAll(deployAll(county.id()));
        }
        return created;
    }

    /** Deploys every bundle changed since this tenant's latest deployment of it. */
    public List<Deployment> deployAll(String tenantId) {
        Map<String, byte[]> diagrams = new LinkedHashMap<>();
        Map<String, byte[]> forms = new LinkedHashMap<>();
        for (Resource resource : resolve()) {
            String fileName = resource.getFilename();
            if (fileName == null) {
                continue;
            }
            if (fileName.endsWith(".bpmn")) {
                diagrams.put(fileName, read(resource));
            } else if (fileName.endsWith(".form")) {
                forms.put(fileName.substring(0, fileName.length() - ".form".length()), read(resource));
            }
        }
        List<Deployment> created = new ArrayList<>();
        Set<String> referenced = new LinkedHashSet<>();
        for (Map.Entry<String, byte[]> diagram : diagrams.entrySet()) {
            Set<String> formIds = referencedForms(diagram.getKey(), diagram.getValue(), forms.keySet());
            referenced.addAll(formIds);
            DeploymentBuilder builder = builder(bundleName(diagram.getKey()), tenantId);
            builder.addInputStream("processes/" + diagram.getKey(), new ByteArrayInputStream(diagram.getValue()));
            formIds.forEach(
                    id -> builder.addInputStream("forms/" + id + ".form", new ByteArrayInputStream(forms.get(id))));
            deploy(bundleName(diagram.getKey()), tenantId, builder, diagram.getKey())
                    .ifPresent(created::add);
        }
        Map<String, byte[]> unreferenced = new LinkedHashMap<>(forms);
        unreferenced.keySet().removeAll(referenced);
        if (!unreferenced.isEmpty()) {
            LOG.warn("Forms referenced by no diagram are deployed on their own: {}", unreferenced.keySet());
            DeploymentBuilder builder = builder(UNREFERENCED_FORMS, tenantId);
            unreferenced.forEach(
                    (id, bytes) -> builder.addInputStream("forms/" + id + ".form", new ByteArrayInputStream(bytes)));
            deploy(UNREFERENCED_FORMS, tenantId, builder, "forms/").ifPresent(created::add);
        }
        return created;
    }

    static String bundleName(String diagramFileName) {
        return diagramFileName.substring(0, diagramFileName.length() - ".bpmn".length());
    }

    private DeploymentBuilder builder(String name, String tenantId) {
        // duplicate filtering (within the tenant): an unchanged bundle is not deployed again
        return repositoryService
                .createDeployment()
                .name(name)
                .source(SOURCE)
                .tenantId(tenantId)
                .enableDuplicateFiltering(false);
    }

    private Optional<Deployment> deploy(String name, String tenantId, DeploymentBuilder builder, String file) {
        Deployment previous = repositoryService
                .createDeploymentQuery()
                .deploymentName(name)
                .tenantIdIn(tenantId)
                .orderByDeploymentTime()
                .desc()
                .listPage(0, 1)
                .stream()
                .findFirst()
                .orElse(null);
        Deployment deployment;
        try {
            deployment = builder.deploy();
        } catch (ParseException e) {
            throw new DiagramRefusedException(file, describe(e), e);
        } catch (RuntimeException e) {
            throw new DiagramRefusedException(file, e.getMessage(), e);
        }
        // unchanged: no new version. The engine then answers with the latest deployment of that name in any tenant,
        // which is another county's when that county was deployed later.
        if ((previous != null && previous.getId().equals(deployment.getId()))
                || !tenantId.equals(deployment.getTenantId())) {
            return Optional.empty();
        }
        LOG.info("Deployed {} as deployment {} ('{}') for county {}", file, deployment.getId(), name, tenantId);
        return Optional.of(deployment);
    }

    /** The engine's parse report, one line per problem, each naming its element and line. */
    static String describe(ParseException e) {
        StringBuilder text = new StringBuilder();
        for (ResourceReport report : e.getResorceReports()) {
            for (Problem problem : report.getErrors()) {
                text.append(text.length() == 0 ? "" : "; ");
                if (problem.getMainElementId() != null) {
                    text.append("element '").append(problem.getMainElementId()).append("' ");
                }
                text.append("(line ").append(problem.getLine()).append("): ").append(problem.getMessage());
            }
        }
        return text.length() == 0 ? e.getMessage() : text.toString();
    }

    private static Set<String> referencedForms(String file, byte[] bpmn, Set<String> available) {
        BpmnModelInstance model;
        try {
            model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn));
        } catch (RuntimeException e) {
            // the engine's own parser reports the broken element precisely: let the deployment fail there
            LOG.warn("{} is not a valid BPMN model ({}); the engine will report the element", file, e.getMessage());
            return Set.of();
        }
        Set<String> ids = new LinkedHashSet<>();
        for (UserTask task : model.getModelElementsByType(UserTask.class)) {
            addFormRef(file, task.getId(), task.getCamundaFormRef(), available, ids);
        }
        for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
            addFormRef(file, start.getId(), start.getCamundaFormRef(), available, ids);
        }
        return ids;
    }

    private static void addFormRef(
            String file, String elementId, String formRef, Set<String> available, Set<String> ids) {
        if (formRef == null || formRef.isBlank()) {
            return;
        }
        if (!available.contains(formRef)) {
            throw new DiagramRefusedException(
                    file,
                    "element '" + elementId + "' references form '" + formRef + "', but forms/" + formRef
                            + ".form does not exist",
                    null);
        }
        ids.add(formRef);
    }

    private List<Resource> resolve() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        List<Resource> resources = new ArrayList<>();
        for (String pattern : patterns) {
            try {
                for (Resource resource : resolver.getResources(pattern.trim())) {
                    if (resource.isReadable()) {
                        resources.add(resource);
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot resolve deployment pattern " + pattern, e);
            }
        }
        return resources;
    }

    private static byte[] read(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + resource.getDescription(), e);
        }
    }
}
